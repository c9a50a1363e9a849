using System.Text.RegularExpressions;

namespace OpenData.Api.Seeding.Reading;

internal sealed record ReportTitle(string Title, int Year, int Term, int EndLine);

/// <summary>Reads the cover: "RENDICIÓN DE CUENTAS" and the term line, e.g. "PRIMER CUATRIMESTRE 2021".</summary>
internal static partial class TitleReader
{
    private const string Name = "Título";
    private const string Heading = "RENDICIÓN DE CUENTAS";

    private static readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal)
    {
        ["PRIMER"] = 1,
        ["SEGUNDO"] = 2,
        ["TERCER"] = 3,
    };

    public static ReportTitle Read(ReportLines lines)
    {
        var first = lines.NextNonBlank(0);
        if (first == 0)
        {
            throw new ReportFormatException(Name, lines.Last, "the text is empty");
        }

        if (!string.Equals(lines[first].Trim(), Heading, StringComparison.Ordinal))
        {
            throw new ReportFormatException(Name, first, $"expected \"{Heading}\" but found \"{lines[first].Trim()}\"");
        }

        var second = lines.NextNonBlank(first);
        if (second == 0)
        {
            throw new ReportFormatException(Name, lines.Last, "the text ends before the term line");
        }

        var termLine = lines[second].Trim();
        var match = TermPattern().Match(termLine);
        if (!match.Success || !_terms.TryGetValue(match.Groups["term"].Value, out var term))
        {
            throw new ReportFormatException(
                Name, second, $"expected \"PRIMER|SEGUNDO|TERCER CUATRIMESTRE <year>\" but found \"{termLine}\"");
        }

        var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new ReportTitle($"{Heading}, {termLine}", year, term, second);
    }

    [GeneratedRegex(@"^(?<term>\p{Lu}+) CUATRIMESTRE (?<year>\d{4})$")]
    private static partial Regex TermPattern();
}
