using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenData.Api.GraphQL.Persisted;

/// <summary>
/// A saved query, reachable as <c>/graphql?documentId=…</c> by its short id or by the spec's <c>sha256:</c> id of its
/// text. It comes from a file <c>NN-short-id.graphql</c> in Documents/: NN orders the list, so renumbering the files
/// never changes a shared link; the file opens with its title in Spanish and English (<c># es: …</c>, <c># en: …</c>),
/// and the rest is the document.
/// </summary>
internal sealed partial record PersistedDocument(string Id, string Sha256Id, string TitleEs, string TitleEn, string Query)
{
    public static PersistedDocument Parse(string fileName, string text)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        var id = OrderPrefix().Replace(name, "");
        if (id == name || !ShortId().IsMatch(id))
        {
            throw new InvalidOperationException($"{fileName}: a persisted document's file is named NN-short-id.graphql, the id in lower-case ASCII letters, digits and dashes.");
        }

        // Line endings are the one thing a checkout may change (Git on Windows); the sha256 id must not follow them.
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var titles = lines.TakeWhile(line => line.StartsWith('#')).Select(line => line.TrimStart('#').Trim()).ToList();
        var query = string.Join('\n', lines.Skip(titles.Count)).Trim();
        var sha256 = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        return new PersistedDocument(id, sha256, Title(titles, "es", fileName), Title(titles, "en", fileName), query);
    }

    private static string Title(List<string> titles, string language, string fileName) =>
        titles.FirstOrDefault(t => t.StartsWith(language + ":", StringComparison.Ordinal)) is { } title && title[(language.Length + 1)..].Trim() is { Length: > 0 } text
            ? text
            : throw new InvalidOperationException($"{fileName}: a persisted document opens with its title in each language, '# {language}: …'.");

    [GeneratedRegex("^[0-9]+-")]
    private static partial Regex OrderPrefix();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ShortId();
}
