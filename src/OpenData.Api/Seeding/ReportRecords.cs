using OpenData.Api.Data;
using OpenData.Api.Features.Budget;
using OpenData.Api.Features.Coverage;
using OpenData.Api.Features.Departments;
using OpenData.Api.Features.Programs;
using OpenData.Api.Features.Provenance;

namespace OpenData.Api.Seeding;

/// <summary>Turns the rows of a read report into entities of one period, each with its source.</summary>
public sealed partial class ReportRecords(
    OpenDataDbContext db, ParsedReport report, CuratedReport curated, ReportSources sources, int periodId, IReadOnlyDictionary<string, SocialProgram> programs)
{
    public void AddAll()
    {
        var budget = Table(report.Budget, "budgetLines", BudgetFields);
        db.BudgetLines.AddRange(report.Budget.Rows.Select(r => new BudgetLine
        {
            PeriodId = periodId,
            SourceId = 0,
            Source = budget,
            Line = r.Line,
            Activity = r.Activity,
            Program = curated.Programs.FirstOrDefault(p => p.BudgetActivities.Contains(r.Activity)) is { } p ? programs[p.Code] : null,
            Approved = r.Approved,
            Current = r.Current,
            Executed = r.Executed,
            ExecutionRate = r.ExecutionRate,
        }));

        var homes = Table(report.CommunityHomes, "communityHomesCoverage", CommunityHomesFields);
        db.CommunityHomesCoverage.AddRange(report.CommunityHomes.Rows.Select(r => new CommunityHomesCoverage
        {
            PeriodId = periodId,
            SourceId = 0,
            Source = homes,
            Line = r.Line,
            DepartmentId = Department(r.Department, homes, r.Line),
            ProgramId = 0,
            Program = Program(homes.Section),
            MunicipalitiesWithPresence = r.Municipalities,
            CommunityHomes = r.CommunityHomes,
            ChildCareCentres = r.ChildCareCentres,
            ChildrenServed = r.Children,
        }));

        var social = Table(report.SocialService, "socialServiceCoverage", PuebloFields);
        db.SocialServiceCoverage.AddRange(report.SocialService.Rows.Select(r => new SocialServiceCoverage
        {
            PeriodId = periodId,
            SourceId = 0,
            Source = social,
            Line = r.Line,
            DepartmentId = Department(r.Department, social, r.Line),
            ProgramId = 0,
            Program = Program(social.Section),
            Men = r.Men,
            Women = r.Women,
            GenderTotal = r.GenderTotal,
            LadinoMestizo = r.LadinoMestizo,
            Maya = r.Maya,
            PuebloTotal = r.PeopleTotal,
            ProvisionsTotal = r.ProvisionsTotal,
        }));

        var women = Table(report.WomenProgram, "womenProgramCoverage", SameFields);
        db.WomenProgramCoverage.AddRange(report.WomenProgram.Rows.Select(r => new WomenProgramCoverage
        {
            PeriodId = periodId,
            SourceId = 0,
            Source = women,
            Line = r.Line,
            DepartmentId = Department(r.Department, women, r.Line),
            ProgramId = 0,
            Program = Program(women.Section),
            Municipalities = r.Municipalities,
            Women = r.Women,
            ProductiveUnits = r.ProductiveUnits,
            TrainingEvents = r.TrainingEvents,
            CommercialEvents = r.CommercialEvents,
        }));

        var older = Table(report.OlderPeople, "olderPeopleCoverage", PuebloFields);
        db.OlderPeopleCoverage.AddRange(report.OlderPeople.Rows.Select(r => new OlderPeopleCoverage
        {
            PeriodId = periodId,
            SourceId = 0,
            Source = older,
            Line = r.Line,
            DepartmentId = Department(r.Department, older, r.Line),
            ProgramId = 0,
            Program = Program(older.Section),
            CareCentres = r.CareCentres,
            Men = r.Men,
            Women = r.Women,
            GenderTotal = r.GenderTotal,
            Garifuna = r.Garifuna,
            LadinoMestizo = r.LadinoMestizo,
            Maya = r.Maya,
            PuebloTotal = r.PeopleTotal,
            IntegralCareServices = r.IntegralCareServices,
            GenerationGapEvents = r.GenerationGapEvents,
        }));

        AddGoals();
        AddShelters();
        AddDonations();
        AddAchievements();
    }

    private static string BudgetFields(string name) => SameFields(name);

    private static string CommunityHomesFields(string name) => name switch
    {
        "Municipalities" => "municipalitiesWithPresence",
        "Children" => "childrenServed",
        _ => SameFields(name),
    };

    private static string PuebloFields(string name) => name == "PeopleTotal" ? "puebloTotal" : SameFields(name);

    private static string SameFields(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private Source Table<TRow>(TableOf<TRow> table, string collection, Func<string, string> fieldName)
    {
        var source = sources.ForTable(table.Source);
        db.Sources.Add(source);
        if (table.Totals is { } totals)
        {
            db.ReportedTotals.AddRange(totals.Values.Select(v => new ReportedTotal
            {
                PeriodId = periodId,
                SourceId = 0,
                Source = source,
                Collection = collection,
                Field = fieldName(v.Key),
                Label = totals.Label,
                Value = v.Value,
                Kind = totals.Kinds[v.Key],
                Line = totals.Line,
            }));
        }

        return source;
    }

    private SocialProgram Program(string heading) =>
        programs[curated.Programs.First(p => p.Heading == heading).Code];

    private static int Department(string name, Source source, int line) =>
        Departments.All.FirstOrDefault(d => d.Name == name)?.Id
        ?? throw new ReportFormatException(source.Table, line, $"\"{name}\" is not one of Guatemala's 22 departments");
}
