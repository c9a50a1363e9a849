namespace OpenData.Api.Querying.Sql;

/// <summary>
/// The last check on text before it becomes a parameter, whatever path brought it: a NUL (U+0000) or a lone UTF-16
/// surrogate can be neither stored nor compared alike by both databases (PostgreSQL refuses the one and Npgsql cannot
/// encode the other), and no text of the report holds either. The filters refuse them earlier, with the position.
/// </summary>
public static class SqlText
{
    /// <exception cref="InvalidTextException">The value is, or holds, such text.</exception>
    public static void Check(object? value)
    {
        switch (value)
        {
            case string text:
                CheckText(text);
                break;
            case IEnumerable<string?> texts:
                foreach (var text in texts)
                {
                    CheckText(text);
                }

                break;
            case IEnumerable<object?> values:
                foreach (var item in values)
                {
                    if (item is string text)
                    {
                        CheckText(text);
                    }
                }

                break;
        }
    }

    private static void CheckText(string? text)
    {
        if (text is null)
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                throw new InvalidTextException($"The text has a NUL character (\\u0000) at character {i + 1}; send text without it.");
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new InvalidTextException($"The text has a lone UTF-16 surrogate (\\u{(int)c:x4}) at character {i + 1}; send valid Unicode text.");
            }
        }
    }
}

/// <summary>Text no database here can take as a parameter (<see cref="SqlText"/>): the client's to fix, INVALID_TEXT.</summary>
public sealed class InvalidTextException(string message) : Exception(message)
{
    public const string Code = "INVALID_TEXT";
}
