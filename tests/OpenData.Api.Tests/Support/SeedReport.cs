using OpenData.Api.Seeding;

namespace OpenData.Api.Tests.Support;

/// <summary>The seed report, read once for all the tests that only look at it.</summary>
public static class SeedReport
{
    public const string FileName = "sosep-rendicion-de-cuentas-2021-c1.txt";

    private static readonly Lazy<string> _text = new(() => File.ReadAllText(RepoPaths.Seed(FileName)));
    private static readonly Lazy<ParsedReport> _parsed = new(() => ReportReader.Parse(File.ReadAllBytes(RepoPaths.Seed(FileName))));

    public static string Text => _text.Value;

    public static ParsedReport Parsed => _parsed.Value;
}
