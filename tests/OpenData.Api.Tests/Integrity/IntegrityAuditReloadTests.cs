using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Seeding;
using OpenData.Api.Tests.Support;

namespace OpenData.Api.Tests.Integrity;

/// <summary>The checks of a replaced report are replaced with it, and recomputed from the new rows.</summary>
public sealed class IntegrityAuditReloadTests
{
    [Fact]
    public async Task ChangedReport_ReplacesItsChecks_FromTheNewRows()
    {
        var connectionString = await TestDatabase.BuildNewAsync();
        await using var db = TestDatabase.Context(connectionString);

        // Izabal with 5 CADIs instead of 3: the CADIS rows now add up to the printed 462.
        var text = SeedReport.Text.Replace("Izabal\t3\t0\t3\t79", "Izabal\t3\t0\t5\t79", StringComparison.Ordinal);
        Assert.NotEqual(SeedReport.Text, text);
        var curated = CuratedReportLoader.Load(RepoPaths.Seed("sosep-rendicion-de-cuentas-2021-c1.curated.json"));
        var loaded = await ReportLoader.LoadAsync(db, ReportReader.Parse(Encoding.UTF8.GetBytes(text)), curated, text, SeedReport.FileName, CancellationToken.None);

        Assert.True(loaded);
        Assert.Equal(68, await db.IntegrityChecks.CountAsync());
        var discrepancies = await db.IntegrityChecks.Where(c => !c.Matches).OrderBy(c => c.Line).Select(c => new { c.Field, c.AddedField, c.Printed, c.Computed }).ToListAsync();
        Assert.Equal(
            [new { Field = "municipalitiesWithPresence", AddedField = (string?)null, Printed = 218m, Computed = (decimal?)217m }, new { Field = "communityHomes", AddedField = (string?)"childCareCentres", Printed = 603m, Computed = (decimal?)605m }],
            discrepancies);
    }
}
