using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Seeding;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Seeding;

/// <summary>The curated JSON may interpret the report but never misquote it.</summary>
public sealed partial class CuratedReportTests
{
    private static readonly Lazy<CuratedReport> _curated =
        new(() => CuratedReportLoader.Load(RepoPaths.Seed("sosep-rendicion-de-cuentas-2021-c1.curated.json")));

    private static CuratedReport Curated => _curated.Value;

    public static TheoryData<string, string> Quotes()
    {
        var data = new TheoryData<string, string>();
        foreach (var p in Curated.Programs)
        {
            data.Add($"program {p.Code}", p.TargetPopulationQuote);
        }

        foreach (var a in Curated.Achievements)
        {
            data.Add($"achievement of {a.Program}", a.Quote);
        }

        foreach (var d in Curated.Donations)
        {
            data.Add($"donation by {d.Donor}", d.Quote);
        }

        data.Add("shelter department", Curated.ShelterDepartmentQuote);
        return data;
    }

    [Theory]
    [MemberData(nameof(Quotes))]
    public void Quote_AppearsVerbatimInReport(string record, string quote)
    {
        Assert.True(SeedReport.Text.Contains(quote, StringComparison.Ordinal), $"The quote of {record} is not in the report: {quote}");
    }

    [Fact]
    public void Figures_TextInsideQuote_PrintedDigitsEqualValue()
    {
        Assert.NotEmpty(Curated.Achievements);
        foreach (var achievement in Curated.Achievements)
        {
            Assert.NotEmpty(achievement.Figures);
            foreach (var figure in achievement.Figures)
            {
                Assert.Contains(figure.Text, achievement.Quote, StringComparison.Ordinal);
                var printed = PrintedNumber().Match(figure.Text);
                if (printed.Success)
                {
                    Assert.Equal(figure.Value, decimal.Parse(printed.Value, NumberStyles.Number, CultureInfo.InvariantCulture));
                }
            }
        }
    }

    [Fact]
    public void Achievements_EveryParagraphWithDigits_HasACuratedSentence()
    {
        var codes = Curated.Programs.ToDictionary(p => p.Heading, p => p.Code, StringComparer.Ordinal);
        foreach (var section in SeedReport.Parsed.Programs)
        {
            var quotes = Curated.Achievements.Where(a => a.Program == codes[section.Heading]).Select(a => a.Quote).ToList();
            // An age group ("0-7 años") describes who is served; it is not a result to curate.
            foreach (var paragraph in section.Achievements.Where(p => AgeGroup().Replace(p.Text, string.Empty).Any(char.IsAsciiDigit)))
            {
                Assert.True(
                    quotes.Any(q => paragraph.Text.Contains(q, StringComparison.Ordinal)),
                    $"No curated achievement quotes line {paragraph.Line}: {paragraph.Text}");
            }
        }
    }

    [Fact]
    public void Programs_HeadingsDirectoratesAndActivities_ExistInParsedReport()
    {
        var report = SeedReport.Parsed;

        Assert.Equal(["community-homes", "social-service", "women", "older-people"], Curated.Programs.Select(p => p.Code));
        Assert.Equal(report.Programs.Select(p => p.Heading), Curated.Programs.Select(p => p.Heading));
        foreach (var program in Curated.Programs)
        {
            Assert.Contains(program.Name, SeedReport.Text, StringComparison.Ordinal);
            Assert.Contains(program.TargetPopulation, program.TargetPopulationQuote, StringComparison.Ordinal);
            Assert.Contains(program.GoalDirectorate, report.Goals.Rows.Select(r => r.Directorate));
            Assert.All(program.BudgetActivities, activity => Assert.Contains(activity, report.Budget.Rows.Select(r => r.Activity)));
        }

        Assert.Equal(["MCSM"], Curated.Programs.Select(p => p.Acronym).OfType<string>());
        Assert.Contains(Curated.Achievements, a => a.Quote.Contains("603 Centros de Atención y Desarrollo Infantil", StringComparison.Ordinal));
        Assert.Contains(Curated.Achievements, a => a.Figures.Any(f => f.Value == 14_740m));
    }

    [Fact]
    public async Task Restatements_NamePrintedTotalsAndFiguresOfTheirSentence()
    {
        await using var db = TestDatabase.Context(TestDatabase.ConnectionString);
        var printed = await db.ReportedTotals.Select(t => new { t.Collection, t.Field }).ToListAsync();
        var restating = Curated.Achievements.SelectMany(a => a.Figures.Where(f => f.Restates is not null).Select(f => (Achievement: a, Figure: f))).ToList();

        Assert.Equal(14, restating.Count);
        foreach (var (achievement, figure) in restating)
        {
            var restates = figure.Restates!;
            Assert.NotEmpty(restates.Fields);
            Assert.Equal(restates.Fields.Count, restates.Fields.Distinct().Count());
            Assert.All(restates.Fields, field => Assert.Contains(new { restates.Collection, Field = field }, printed));
            Assert.All(restates.Plus ?? [], text => Assert.Contains(text, achievement.Figures.Where(f => f != figure).Select(f => f.Text)));
        }
    }

    [Fact]
    public void Parse_UnknownRestatementMember_Throws()
    {
        const string Json = """
            { "programs": [], "donations": [], "shelterDepartment": "Guatemala", "shelterDepartmentQuote": "x",
              "achievements": [{ "program": "p", "quote": "q", "figures": [{ "value": 1, "unit": "u", "text": "t",
                "restates": { "collection": "c", "fields": ["f"], "sum": true } }] }] }
            """;

        Assert.ThrowsAny<System.Text.Json.JsonException>(() => CuratedReportLoader.Parse(Json));
        Assert.NotNull(CuratedReportLoader.Parse(Json.Replace(", \"sum\": true", string.Empty, StringComparison.Ordinal)).Achievements[0].Figures[0].Restates);
    }

    [Fact]
    public void Donations_PartiesAndValue_AreInTheirQuote()
    {
        Assert.Equal(4, Curated.Donations.Count);
        foreach (var donation in Curated.Donations)
        {
            Assert.Contains(donation.Donor, donation.Quote, StringComparison.Ordinal);
            Assert.Contains(donation.Description, donation.Quote, StringComparison.Ordinal);
            if (donation.Intermediary is { } intermediary)
            {
                Assert.Contains(intermediary, donation.Quote, StringComparison.Ordinal);
            }

            if (donation.ValueQuetzales is { } value)
            {
                Assert.Contains(value.ToString("N2", CultureInfo.InvariantCulture), donation.Quote, StringComparison.Ordinal);
            }
        }

        var wheelchairs = Curated.Donations.Single(d => d.Items.Count > 0);
        Assert.Equal([150, 50], wheelchairs.Items.Select(i => i.Quantity));
    }

    [Fact]
    public void ShelterDepartment_IsGuatemala_AsTheQuoteSays()
    {
        Assert.Equal("Guatemala", Curated.ShelterDepartment);
        Assert.Contains($"Departamento de {Curated.ShelterDepartment}", Curated.ShelterDepartmentQuote, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingRequiredMember_Throws()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => CuratedReportLoader.Parse("""{ "programs": [], "achievements": [], "donations": [] }"""));
    }

    [GeneratedRegex(@"\d+-\d+ años")]
    private static partial Regex AgeGroup();

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?")]
    private static partial Regex PrintedNumber();
}
