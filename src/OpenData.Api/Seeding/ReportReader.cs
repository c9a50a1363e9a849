using System.Security.Cryptography;
using System.Text;
using OpenData.Api.Seeding.Reading;

namespace OpenData.Api.Seeding;

/// <summary>
/// Reads a published SOSEP term report (tab-separated text) into <see cref="ParsedReport"/>.
/// Tables are found by their headings and captions, not by line numbers, and anything out of
/// shape throws <see cref="ReportFormatException"/>: a report is read whole or not at all.
/// </summary>
public static class ReportReader
{
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the report file's bytes; the hash is of those exact bytes, so it identifies the published file.</summary>
    public static ParsedReport Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        string text;
        try
        {
            text = _strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + bytes.AsSpan(0, Math.Clamp(ex.Index, 0, bytes.Length)).Count((byte)'\n');
            throw new ReportFormatException("Texto", line, "the report is not UTF-8 text", ex);
        }

        return Parse(text, Sha256Of(bytes));
    }

    /// <summary>The report's identity: the SHA-256 of the file's exact bytes, in lower-case hexadecimal.</summary>
    public static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Reads report text; the hash is of its UTF-8 bytes.</summary>
    public static ParsedReport Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text, Sha256Of(Encoding.UTF8.GetBytes(text)));
    }

    private static ParsedReport Parse(string text, string sha256)
    {
        var lines = new ReportLines(text);
        var title = TitleReader.Read(lines);
        var budget = TableReader.Read(lines, Layouts.Budget, title.EndLine + 1);
        var homes = ProgramSectionReader.Read(lines, Layouts.CommunityHomes, budget.EndLine + 1);
        var social = ProgramSectionReader.Read(lines, Layouts.SocialService, homes.EndLine + 1);
        var women = ProgramSectionReader.Read(lines, Layouts.WomenProgram, social.EndLine + 1);
        var older = ProgramSectionReader.Read(lines, Layouts.OlderPeople, women.EndLine + 1);
        var goals = TableReader.Read(lines, Layouts.Goals, older.EndLine + 1);
        var shelters = TableReader.Read(lines, Layouts.Shelters, goals.EndLine + 1);

        return new ParsedReport(
            title.Title,
            title.Year,
            title.Term,
            sha256,
            Map(budget, RowMaps.Budget),
            Map(homes.Table, RowMaps.CommunityHomes),
            Map(social.Table, RowMaps.SocialService),
            Map(women.Table, RowMaps.WomenProgram),
            Map(older.Table, RowMaps.OlderPeople),
            GoalsReader.Map(goals),
            Map(shelters, RowMaps.Shelter),
            [homes.Section, social.Section, women.Section, older.Section]);
    }

    private static TableOf<TRow> Map<TRow>(RawTable table, Func<TableRow, TRow> map) =>
        new(table.Source, table.Rows.Select(map).ToList(), table.Totals);
}
