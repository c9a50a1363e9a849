using System.Globalization;
using System.Text;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Import;

/// <summary>
/// Other terms' reports for the import tests, made from the seed text: retitled, with Petén's "NIÑOS BENEFICIARIOS"
/// in the Hogares Comunitarios table (295 in the seed) changed and the table's TOTALES (13,756) kept in step.
/// </summary>
internal static class TermReports
{
    public const int SeedPetenChildren = 295;

    public static string Term(string ordinal, int petenChildren)
    {
        var text = ReplaceOnce(SeedReport.Text, "\nPRIMER CUATRIMESTRE 2021\n", $"\n{ordinal} CUATRIMESTRE 2021\n");
        text = ReplaceOnce(text, "\nPetén\t9\t0\t12\t295\n", $"\nPetén\t9\t0\t12\t{petenChildren}\n");
        var total = (13_756 - SeedPetenChildren + petenChildren).ToString("N0", CultureInfo.InvariantCulture);
        return ReplaceOnce(text, "\nTOTALES\t218\t143\t462\t13,756\n", $"\nTOTALES\t218\t143\t462\t{total}\n");
    }

    public static string ReplaceOnce(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"\"{find.Trim()}\" is not in the seed text exactly once.");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }

    /// <summary>Lines <paramref name="first"/>..<paramref name="last"/> (1-based) moved to just after line <paramref name="after"/>.</summary>
    public static string MoveLines(string text, int first, int last, int after)
    {
        var lines = text.Split('\n').ToList();
        var block = lines.GetRange(first - 1, last - first + 1);
        lines.InsertRange(after, block);
        lines.RemoveRange(first - 1, block.Count);
        return string.Join('\n', lines);
    }
}

/// <summary>A temporary folder of reports, each written with a copy of the seed's curated file beside it.</summary>
internal sealed class ImportFolder : IDisposable
{
    private const string SeedCurated = "sosep-rendicion-de-cuentas-2021-c1.curated.json";

    public string Path { get; } = Directory.CreateTempSubdirectory("opendata-import-").FullName;

    /// <returns>The report's path.</returns>
    public string Write(string name, string text, bool withCurated = true)
    {
        var report = System.IO.Path.Combine(Path, name + ".txt");
        File.WriteAllText(report, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (withCurated)
        {
            File.Copy(RepoPaths.Seed(SeedCurated), System.IO.Path.Combine(Path, name + ".curated.json"), overwrite: true);
        }

        return report;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
