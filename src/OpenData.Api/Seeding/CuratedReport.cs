using System.Text.Json;

namespace OpenData.Api.Seeding;

/// <summary>
/// What a report says in prose and needs a reader to interpret: which programme is which, the
/// figures in its achievements, its donations. Kept in a JSON file beside the report; every
/// record quotes the report verbatim so it can be checked against it.
/// </summary>
public sealed record CuratedReport(
    IReadOnlyList<CuratedProgram> Programs,
    IReadOnlyList<CuratedAchievement> Achievements,
    IReadOnlyList<CuratedDonation> Donations,
    string ShelterDepartment,
    string ShelterDepartmentQuote,
    CuratedPublication? Publication = null);

/// <summary>When and where the report was published, as far as is known: what is left out stays unknown (null), never guessed.</summary>
/// <param name="PublishedAt">The day of publication, given only with the words of the report that print it.</param>
/// <param name="PublishedAtQuote">Those words, verbatim.</param>
/// <param name="Url">The publisher's address for the very file in seed/ (same SHA-256), as whoever curated it found it.</param>
public sealed record CuratedPublication(DateOnly? PublishedAt = null, string? PublishedAtQuote = null, string? Url = null);

/// <param name="Code">A stable English slug ("community-homes").</param>
/// <param name="Name">The report's Spanish name, with accents.</param>
/// <param name="Acronym">The acronym the report prints for it, if any ("MCSM").</param>
/// <param name="Heading">The section heading in capitals; joins with <see cref="ProgramSection.Heading"/>.</param>
/// <param name="TargetPopulation">Who it serves, in the report's words.</param>
/// <param name="TargetPopulationQuote">The sentence that says so.</param>
/// <param name="BudgetActivities">Budget activities that belong to it unambiguously by name; the rest are left unmapped.</param>
/// <param name="GoalDirectorate">Its heading in the physical goals table.</param>
public sealed record CuratedProgram(
    string Code,
    string Name,
    string? Acronym,
    string Heading,
    string TargetPopulation,
    string TargetPopulationQuote,
    IReadOnlyList<string> BudgetActivities,
    string GoalDirectorate);

/// <summary>One sentence of a "LOGROS INSTITUCIONALES" section that carries figures.</summary>
public sealed record CuratedAchievement(string Program, string Quote, IReadOnlyList<CuratedFigure> Figures);

/// <param name="Value">The number as printed (13756 for "13,756", 14 for "14%", 4 for "cuatro").</param>
/// <param name="Unit">What it counts, in English ("children", "percent").</param>
/// <param name="Text">The fragment of the quote it was read from.</param>
/// <param name="Restates">The table figure the sentence restates, when it restates one; the integrity audit compares them.</param>
public sealed record CuratedFigure(decimal Value, string Unit, string Text, CuratedRestatement? Restates = null);

/// <summary>Which printed totals a prose figure restates: the sum of the named columns' totals cells of one table.</summary>
/// <param name="Collection">The table's root field, e.g. "communityHomesCoverage".</param>
/// <param name="Fields">The columns whose printed totals add up to the figure, e.g. ["childrenServed"].</param>
/// <param name="Plus">Texts of other figures of the same sentence that add up with this one to the table figure ("83 … y 2 …").</param>
/// <param name="Reading">Why the sentence was read this way, where it could be read another.</param>
public sealed record CuratedRestatement(string Collection, IReadOnlyList<string> Fields, IReadOnlyList<string>? Plus = null, string? Reading = null);

/// <summary>One donation bullet of "UNIDAD DE DONACIONES".</summary>
/// <param name="Donor">Who gave it.</param>
/// <param name="Intermediary">The party it came through, when the report names one besides the donor.</param>
/// <param name="Description">What was given, in the report's words.</param>
/// <param name="Items">Items whose quantities the report prints.</param>
/// <param name="ValueQuetzales">The value in quetzales, when the report states one.</param>
/// <param name="Quote">The donation's bullet, verbatim.</param>
public sealed record CuratedDonation(
    string Donor,
    string? Intermediary,
    string Description,
    IReadOnlyList<CuratedDonationItem> Items,
    decimal? ValueQuetzales,
    string Quote);

public sealed record CuratedDonationItem(string Description, int Quantity);

/// <summary>Reads the curated JSON; missing required members fail instead of becoming nulls.</summary>
public static class CuratedReportLoader
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static CuratedReport Load(string path) => Parse(File.ReadAllText(path));

    public static CuratedReport Parse(string json) =>
        JsonSerializer.Deserialize<CuratedReport>(json, _options) ?? throw new JsonException("The curated report is null.");
}
