using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Features.Beneficiaries;
using OpenData.Api.Features.Departments;
using OpenData.Api.Features.Integrity;
using OpenData.Api.Features.Periods;
using OpenData.Api.Features.Programs;
using OpenData.Api.Features.Provenance;

namespace OpenData.Api.Seeding;

/// <summary>
/// Writes one read report into the database as one period, in one transaction: the same file twice changes
/// nothing, a changed file replaces its period whole, and a failure leaves the previous state.
/// </summary>
public static class ReportLoader
{
    /// <summary>
    /// Raised whenever loading derives more from a report (new tables, new checks): a database loaded by an
    /// older loader is then reloaded from the same file, so no period misses what later code adds.
    /// </summary>
    public const int Version = 6;

    public const string Publisher = "Secretaría de Obras Sociales de la Esposa del Presidente (SOSEP), Gobierno de Guatemala";

    /// <returns>Whether anything was written (false when the same file was already loaded).</returns>
    /// <remarks>
    /// <c>beforeCommit</c> runs after everything is written, just before the commit: a hook for the test that kills
    /// the process there. Validation runs first, so a bad report or curated file never opens the transaction.
    /// </remarks>
    public static async Task<bool> LoadAsync(
        OpenDataDbContext db, ParsedReport report, CuratedReport curated, string text, string fileName, CancellationToken cancellationToken,
        Func<CancellationToken, Task>? beforeCommit = null)
    {
        ReportValidation.Validate(report, curated, text);
        var code = Period.CodeFor(report.Year, report.Term);
        var existing = await db.Documents.AsNoTracking().Where(d => d.Period!.Code == code).FirstOrDefaultAsync(cancellationToken);
        if (existing?.Sha256 == report.Sha256 && existing.LoaderVersion == Version)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await EnsureDepartmentsAsync(db, cancellationToken);
        var period = await db.Periods.FirstOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (period is null)
        {
            period = Period.Create(report.Year, report.Term);
            db.Periods.Add(period);
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            await PeriodData.DeleteAsync(db, period.Id, cancellationToken);
        }

        var document = new ReportDocument
        {
            PeriodId = period.Id,
            Title = report.Title,
            FileName = fileName,
            Sha256 = report.Sha256,
            Publisher = Publisher,
            PublishedAt = curated.Publication?.PublishedAt,
            Url = curated.Publication?.Url,
            LoaderVersion = Version,
            LoadedAt = LoadTime(),
        };
        db.Documents.Add(document);
        var sources = new ReportSources(text, document);
        var programs = await UpsertProgramsAsync(db, report, curated, sources, cancellationToken);
        new ReportRecords(db, report, curated, sources, period.Id, programs).AddAll();
        await db.SaveChangesAsync(cancellationToken);
        await BeneficiaryFigures.AddForPeriodAsync(db, period.Id, cancellationToken);
        await Features.Summaries.DepartmentSummaries.AddForPeriodAsync(db, period.Id, cancellationToken);
        await IntegrityAudit.AddChecksAsync(db, period.Id, curated, cancellationToken);
        await PeriodLinks.RelinkAsync(db, cancellationToken);
        if (beforeCommit is not null)
        {
            await beforeCommit(cancellationToken);
        }

        // The commit is the point of no return: cancelled before it, the load rolls back; once it starts, it finishes,
        // so a signal can never leave the caller unsure whether the new period went in.
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None);
        return true;
    }

    private static async Task EnsureDepartmentsAsync(OpenDataDbContext db, CancellationToken cancellationToken)
    {
        var known = await db.Departments.Select(d => d.Id).ToListAsync(cancellationToken);
        db.Departments.AddRange(Departments.All.Where(d => !known.Contains(d.Id))
            .Select(d => new Department { Id = d.Id, Code = d.Code, Name = d.Name }));
    }

    private static async Task<Dictionary<string, SocialProgram>> UpsertProgramsAsync(
        OpenDataDbContext db, ParsedReport report, CuratedReport curated, ReportSources sources, CancellationToken cancellationToken)
    {
        var programs = await db.Programs.ToDictionaryAsync(p => p.Code, cancellationToken);
        foreach (var entry in curated.Programs)
        {
            var section = report.Programs.FirstOrDefault(s => s.Heading == entry.Heading)
                ?? throw new ReportFormatException(entry.Heading, 0, $"the curated programme \"{entry.Code}\" has no section with this heading");
            var source = sources.ForProse(section.Heading, "Descripción del programa", section.Line, section.Achievements.Count > 0 ? section.Achievements[0].Line : section.Line);
            if (!programs.TryGetValue(entry.Code, out var program))
            {
                program = new SocialProgram { Code = entry.Code, Name = entry.Name, Description = section.Description, TargetPopulation = entry.TargetPopulation, Modalities = [], GoodsAndServices = [] };
                db.Programs.Add(program);
                programs[entry.Code] = program;
            }

            program.Name = entry.Name;
            program.Acronym = entry.Acronym;
            program.Description = section.Description;
            program.TargetPopulation = entry.TargetPopulation;
            program.Modalities = [.. section.Modalities];
            program.GoodsAndServices = [.. section.GoodsAndServices];
            program.Source = source;
        }

        return programs;
    }

    /// <summary>Now, to the second: HTTP dates carry no fractions, and a Last-Modified must compare equal to itself.</summary>
    private static DateTime LoadTime()
    {
        var now = DateTime.UtcNow;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }
}
