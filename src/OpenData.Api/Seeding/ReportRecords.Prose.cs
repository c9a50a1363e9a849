using OpenData.Api.Features.Achievements;
using OpenData.Api.Features.Donations;
using OpenData.Api.Features.Goals;
using OpenData.Api.Features.Shelters;

namespace OpenData.Api.Seeding;

/// <summary>The goals, shelters and the prose records (donations, achievements) of a read report.</summary>
public sealed partial class ReportRecords
{
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
