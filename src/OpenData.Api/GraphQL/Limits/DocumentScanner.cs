using System.Text;

namespace OpenData.Api.GraphQL.Limits;

/// <summary>
/// Counts a query's characters, tokens and nesting in one pass over its text, before the parser sees it: a
/// parser works recursively, so a document past these limits must never reach it. Strings, block strings and
/// comments are skipped as the GraphQL lexer reads them, so braces inside them do not count; anything the lexer
/// would refuse counts as a token and is left to the parser.
/// </summary>
/// <remarks>
/// The parser's error message pads the offending line one space at a time, a cost that grows with the square
/// of the column. So the scan also gives a copy of a document with long lines broken between tokens, for the
/// parser to find errors in cheaply, and where it put the breaks, to point errors back at the original text.
/// </remarks>
public static class DocumentScanner
{
    /// <summary>Lines longer than this are broken in the copy the parser reads first.</summary>
    public const int LongLine = 1_000;

    private const int BrokenLine = 200;

    public static ScannedDocument Check(string query, RequestLimits limits)
    {
        if (query.Length > limits.MaxDocumentCharacters)
        {
            throw new LimitError("DOCUMENT_TOO_LARGE", "Limits:MaxDocumentCharacters", limits.MaxDocumentCharacters, query.Length,
                $"The query has {query.Length} characters; at most {limits.MaxDocumentCharacters} are allowed (Limits:MaxDocumentCharacters).");
        }

        var tokens = 0;
        var depth = 0;
        var i = 0;
        var lineStart = 0;
        var brokenLineStart = 0;
        var hasLongLine = false;
        var breaks = new List<int>();
        while (i < query.Length)
        {
            var start = i;
            var c = query[i];
            switch (c)
            {
                case '\n' or '\r':
                    hasLongLine |= i - lineStart > LongLine;
                    lineStart = brokenLineStart = i + 1;
                    i++;
                    continue;
                case ' ' or '\t' or ',' or '\uFEFF':
                    i++;
                    continue;
                case '#':
                    while (i < query.Length && query[i] is not ('\n' or '\r'))
                    {
                        i++;
                    }

                    continue;
                case '"':
                    i = SkipString(query, i);
                    break;
                case '{' or '[' or '(':
                    if (++depth > limits.MaxNesting)
                    {
                        throw new LimitError("NESTING_TOO_DEEP", "Limits:MaxNesting", limits.MaxNesting, null,
                            $"The query nests braces, brackets or parentheses more than {limits.MaxNesting} deep at character {i + 1} (Limits:MaxNesting).");
                    }

                    i++;
                    break;
                case '}' or ']' or ')':
                    depth = Math.Max(0, depth - 1);
                    i++;
                    break;
                case '.' when i + 2 < query.Length && query[i + 1] == '.' && query[i + 2] == '.':
                    i += 3;
                    break;
                default:
                    i = char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '+' ? SkipWord(query, i) : i + 1;
                    break;
            }

            if (++tokens > limits.MaxTokens)
            {
                throw new LimitError("TOO_MANY_TOKENS", "Limits:MaxTokens", limits.MaxTokens, null, $"The query has more than {limits.MaxTokens} tokens (Limits:MaxTokens).");
            }

            if (i - start > limits.MaxTokenCharacters)
            {
                throw new LimitError("TOKEN_TOO_LONG", "Limits:MaxTokenCharacters", limits.MaxTokenCharacters, i - start,
                    $"The query has a name, number or string of {i - start} characters at character {start + 1}; at most {limits.MaxTokenCharacters} are allowed (Limits:MaxTokenCharacters).");
            }

            // A break goes before a token that starts past the column, never inside a string or a comment.
            if (start - brokenLineStart > BrokenLine)
            {
                breaks.Add(start);
                brokenLineStart = start;
            }

            // A block string may hold line breaks of its own.
            var lastBreak = query.LastIndexOfAny(['\n', '\r'], i - 1, i - start);
            if (lastBreak >= start)
            {
                hasLongLine |= lastBreak - lineStart > LongLine;
                lineStart = brokenLineStart = lastBreak + 1;
            }
        }

        hasLongLine |= query.Length - lineStart > LongLine;
        return new ScannedDocument(query, hasLongLine ? breaks : []);
    }

    private static int SkipWord(string query, int i)
    {
        // Names and numbers: letters, digits, underscores, and a number's '.', sign and exponent.
        i++;
        while (i < query.Length && (char.IsAsciiLetterOrDigit(query[i]) || query[i] is '_' || (query[i] is '.' or '-' or '+' && i + 1 < query.Length && char.IsAsciiDigit(query[i + 1]))))
        {
            i++;
        }

        return i;
    }

    private static int SkipString(string query, int i)
    {
        if (string.CompareOrdinal(query, i, "\"\"\"", 0, 3) == 0)
        {
            // A block string ends at the next """ that is not escaped as \""".
            i += 3;
            while (i < query.Length)
            {
                if (query[i] == '\\' && string.CompareOrdinal(query, i + 1, "\"\"\"", 0, 3) == 0)
                {
                    i += 4;
                }
                else if (string.CompareOrdinal(query, i, "\"\"\"", 0, 3) == 0)
                {
                    return i + 3;
                }
                else
                {
                    i++;
                }
            }

            return i;
        }

        i++;
        while (i < query.Length && query[i] is not ('"' or '\n' or '\r'))
        {
            i += query[i] == '\\' ? 2 : 1;
        }

        return Math.Min(query.Length, i + 1);
    }
}

/// <summary>A scanned query, and where its long lines break in the copy the parser reads first (none when no line is long).</summary>
public sealed record ScannedDocument(string Text, IReadOnlyList<int> Breaks)
{
    /// <summary>The text with a line break inserted before each break position.</summary>
    public string Broken()
    {
        var text = new StringBuilder(Text.Length + Breaks.Count);
        var from = 0;
        foreach (var position in Breaks)
        {
            text.Append(Text, from, position - from).Append('\n');
            from = position;
        }

        return text.Append(Text, from, Text.Length - from).ToString();
    }

    /// <summary>The offset in <see cref="Text"/> of an offset in <see cref="Broken"/>.</summary>
    public int Original(int brokenOffset)
    {
        var inserted = 0;
        foreach (var position in Breaks)
        {
            if (position + inserted >= brokenOffset)
            {
                break;
            }

            inserted++;
        }

        return brokenOffset - inserted;
    }
}
