namespace OpenData.Api.Tests.Fuzzing.Hostile;

/// <summary>Where a document's number literals and string contents are, for mutating them in place.</summary>
public static class Literals
{
    /// <summary>The start and length of every number literal outside strings and comments.</summary>
    public static List<(int Start, int Length)> Numbers(string document) => Scan(document).Numbers;

    /// <summary>Positions just inside the opening quote of every string literal.</summary>
    public static List<int> StringStarts(string document) => Scan(document).Strings;

    private static (List<(int, int)> Numbers, List<int> Strings) Scan(string document)
    {
        var numbers = new List<(int, int)>();
        var strings = new List<int>();
        for (var i = 0; i < document.Length; i++)
        {
            var c = document[i];
            if (c == '#')
            {
                i = document.IndexOf('\n', i) is var end and >= 0 ? end : document.Length;
            }
            else if (c == '"')
            {
                strings.Add(i + 1);
                i = SkipString(document, i);
            }
            else if (char.IsLetter(c) || c is '_' or '$')
            {
                while (i + 1 < document.Length && (char.IsLetterOrDigit(document[i + 1]) || document[i + 1] == '_'))
                {
                    i++;
                }
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < document.Length && char.IsAsciiDigit(document[i + 1])))
            {
                var start = i;
                while (i + 1 < document.Length && (char.IsAsciiDigit(document[i + 1]) || document[i + 1] is '.' or 'e' or 'E' or '+' or '-'))
                {
                    i++;
                }

                numbers.Add((start, i - start + 1));
            }
        }

        return (numbers, strings);
    }

    private static int SkipString(string document, int start)
    {
        for (var i = start + 1; i < document.Length; i++)
        {
            if (document[i] == '\\')
            {
                i++;
            }
            else if (document[i] == '"')
            {
                return i;
            }
        }

        return document.Length;
    }
}
