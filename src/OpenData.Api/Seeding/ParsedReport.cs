namespace OpenData.Api.Seeding;

/// <summary>
/// Everything the report reader takes out of one published report, before it becomes entities.
/// Line numbers are 1-based lines of the report text, so every record can point back at it.
/// </summary>
public sealed record ParsedReport(
    string Title,
    int Year,
    int Term,
    string Sha256,
    TableOf<BudgetRow> Budget,
    TableOf<CommunityHomesRow> CommunityHomes,
    TableOf<SocialServiceRow> SocialService,
    TableOf<WomenProgramRow> WomenProgram,
    TableOf<OlderPeopleRow> OlderPeople,
    TableOf<GoalRow> Goals,
    TableOf<ShelterRow> Shelters,
    IReadOnlyList<ProgramSection> Programs);

/// <summary>Where a table sits in the report: its section heading, its caption and its "Fuente" line.</summary>
public sealed record SourceRef(string Section, string Table, string? Note, DateOnly? Date, int FirstLine, int LastLine);

/// <summary>
/// A printed totals row ("TOTALES", "TOTAL PERSONAS BENEFICIADAS" …). Values are keyed by the
/// property name of the table's row record (e.g. "Children"); a blank cell is null. Kinds, by the same keys, say
/// how each column prints its figures.
/// </summary>
public sealed record ReportedTotalsRow(string Label, IReadOnlyDictionary<string, decimal?> Values, IReadOnlyDictionary<string, Features.Common.FigureKind> Kinds, int Line);

public sealed record TableOf<TRow>(SourceRef Source, IReadOnlyList<TRow> Rows, ReportedTotalsRow? Totals);

public sealed record BudgetRow(string Activity, decimal Approved, decimal Current, decimal Executed, decimal ExecutionRate, int Line);

public sealed record CommunityHomesRow(
    string Department, int? Municipalities, int? CommunityHomes, int? ChildCareCentres, int? Children, int Line);

public sealed record SocialServiceRow(
    string Department, int? Men, int? Women, int? GenderTotal, int? LadinoMestizo, int? Maya, int? PeopleTotal,
    int? ProvisionsTotal, int Line);

public sealed record WomenProgramRow(
    string Department, int? Municipalities, int? Women, int? ProductiveUnits, int? TrainingEvents, int? CommercialEvents,
    int Line);

public sealed record OlderPeopleRow(
    string Department, int? CareCentres, int? Men, int? Women, int? GenderTotal, int? Garifuna, int? LadinoMestizo,
    int? Maya, int? PeopleTotal, int? IntegralCareServices, int? GenerationGapEvents, int Line);

public enum GoalLevel
{
    Product,
    SubProduct,
}

/// <summary>A row of the physical goals table; Directorate is the heading row above it (or the product's own name).</summary>
public sealed record GoalRow(
    string Directorate, string Concept, GoalLevel Level, int? AnnualTarget, int? AccumulatedExecution,
    decimal? ExecutionRate, int Line);

public sealed record ShelterRow(
    int Shelters, string Location, DateOnly CoverageStart, DateOnly CoverageEnd, int PeopleServed, int Line);

/// <summary>A programme's prose section: its heading, description paragraphs and bulleted lists, and its achievements.</summary>
public sealed record ProgramSection(
    string Heading,
    string Description,
    IReadOnlyList<string> Modalities,
    IReadOnlyList<string> GoodsAndServices,
    IReadOnlyList<Paragraph> Achievements,
    int Line);

public sealed record Paragraph(string Text, int Line);
