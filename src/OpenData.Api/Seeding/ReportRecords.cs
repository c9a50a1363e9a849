using OpenData.Api.Data;
using OpenData.Api.Features.Achievements;
using OpenData.Api.Features.Budget;
using OpenData.Api.Features.Coverage;
using OpenData.Api.Features.Departments;
using OpenData.Api.Features.Donations;
using OpenData.Api.Features.Goals;
using OpenData.Api.Features.Programs;
using OpenData.Api.Features.Provenance;
using OpenData.Api.Features.Shelters;

namespace OpenData.Api.Seeding;

/// <summary>Turns the rows of a read report into entities of one period, each with its source.</summary>
public sealed class ReportRecords(
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

    private void AddGoals()
    {
        var source = Table(report.Goals, "goals", SameFields);
        Goal? product = null;
        foreach (var row in report.Goals.Rows)
        {
            var owner = curated.Programs.FirstOrDefault(p => p.GoalDirectorate == row.Directorate);
            var goal = new Goal
            {
                PeriodId = periodId,
                SourceId = 0,
                Source = source,
                Line = row.Line,
                Directorate = row.Directorate,
                Concept = row.Concept,
                Level = row.Level == Seeding.GoalLevel.Product ? Features.Goals.GoalLevel.Product : Features.Goals.GoalLevel.SubProduct,
                Parent = row.Level == Seeding.GoalLevel.Product ? null : product,
                Program = owner is null ? null : programs[owner.Code],
                AnnualTarget = row.AnnualTarget,
                AccumulatedExecution = row.AccumulatedExecution,
                ExecutionRate = row.ExecutionRate,
            };
            product = row.Level == Seeding.GoalLevel.Product ? goal : product;
            db.Goals.Add(goal);
        }
    }

    private void AddShelters()
    {
        var source = Table(report.Shelters, "shelters", SameFields);
        var department = Department(curated.ShelterDepartment, source, sources.LineOf(curated.ShelterDepartmentQuote));
        db.Shelters.AddRange(report.Shelters.Rows.Select(r => new Shelter
        {
            PeriodId = periodId,
            SourceId = 0,
            Source = source,
            Line = r.Line,
            DepartmentId = department,
            Shelters = r.Shelters,
            Location = r.Location,
            CoverageStart = r.CoverageStart,
            CoverageEnd = r.CoverageEnd,
            PeopleServed = r.PeopleServed,
        }));
    }

    private void AddDonations()
    {
        if (curated.Donations.Count == 0)
        {
            return;
        }

        var lines = curated.Donations.Select(d => sources.LineOf(d.Quote)).ToList();
        var source = sources.ForProse("UNIDAD DE DONACIONES", "Gestiones de donaciones del cuatrimestre", lines.Min(), lines.Max());
        db.Sources.Add(source);
        db.Donations.AddRange(curated.Donations.Select((d, i) => new Donation
        {
            PeriodId = periodId,
            SourceId = 0,
            Source = source,
            Line = lines[i],
            Donor = d.Donor,
            Intermediary = d.Intermediary,
            Description = d.Description,
            ValueQuetzales = d.ValueQuetzales,
            Quote = d.Quote,
            Items = [.. d.Items.Select(item => new DonationItem { Description = item.Description, Quantity = item.Quantity })],
        }));
    }

    private void AddAchievements()
    {
        foreach (var group in curated.Achievements.GroupBy(a => a.Program))
        {
            var program = programs[group.Key];
            var heading = curated.Programs.First(p => p.Code == group.Key).Heading;
            var lines = group.Select(a => sources.LineOf(a.Quote)).ToList();
            var source = sources.ForProse(heading, "LOGROS INSTITUCIONALES", lines.Min(), lines.Max());
            db.Sources.Add(source);
            db.Achievements.AddRange(group.Select((a, i) => new Achievement
            {
                PeriodId = periodId,
                SourceId = 0,
                Source = source,
                Line = lines[i],
                ProgramId = 0,
                Program = program,
                Quote = a.Quote,
                Figures = [.. a.Figures.Select(f => new AchievementFigure { Value = f.Value, Unit = f.Unit, Text = f.Text })],
            }));
        }
    }
}
