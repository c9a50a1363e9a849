namespace OpenData.Api.Tests.Fuzzing.Valid;

/// <summary>Counts a document's lexical tokens the way a GraphQL lexer does: commas, spaces and comments are not tokens.</summary>
public static class DocumentTokens
{
    public static int Count(string document)
    {
        var count = 0;
        var i = 0;
        while (i < document.Length)
        {
            var c = document[i];
            if (char.IsWhiteSpace(c) || c == ',')
            {
                i++;
                continue;
            }

            count++;
            if (c == '#')
            {
                count--;
                i = document.IndexOf('\n', i) is var end and >= 0 ? end : document.Length;
            }
            else if (c == '"')
            {
                i = StringEnd(document, i);
            }
            else if (c == '.')
            {
                i += 3;
            }
            else if (char.IsLetterOrDigit(c) || c is '_' or '-')
            {
                while (i < document.Length && (char.IsLetterOrDigit(document[i]) || document[i] is '_' or '.' or '-' or '+'))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }
        }

        return count;
    }

    private static int StringEnd(string document, int start)
    {
        if (string.CompareOrdinal(document, start, "\"\"\"", 0, 3) == 0)
        {
            var end = document.IndexOf("\"\"\"", start + 3, StringComparison.Ordinal);
            return end < 0 ? document.Length : end + 3;
        }

        for (var i = start + 1; i < document.Length; i++)
        {
            if (document[i] == '\\')
            {
                i++;
            }
            else if (document[i] == '"')
            {
                return i + 1;
            }
        }

        return document.Length;
    }
}
