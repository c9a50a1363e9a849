using System.Text.Json;
using OpenData.Api.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace OpenData.Api.Tests.Data;

/// <summary>
/// Whole answers as a client sees them, kept as reviewed snapshots: any change to a served figure, a name or
/// the shape of a response shows up as a diff to review.
/// </summary>
public sealed class SnapshotTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private static readonly JsonSerializerOptions _readable = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("budget", "{ budgetLines(order: [{ line: ASC }]) { nodes { line activity approved current executed executionRate program { code } } aggregates { sum { approved current executed } } } }")]
    [InlineData("goals", "{ goals(order: [{ line: ASC }]) { nodes { line directorate concept level annualTarget accumulatedExecution executionRate parent { line } program { code } } } }")]
    [InlineData("shelters", "{ shelters { nodes { line shelters location coverageStart coverageEnd peopleServed department { code name } source { section table note } } } }")]
    [InlineData("donations", "{ donations { nodes { line donor intermediary description valueQuetzales items { description quantity } quote } } }")]
    [InlineData("achievements", "{ achievements(order: [{ line: ASC }]) { nodes { line program { code } quote figures { value unit text } } } }")]
    [InlineData("programs", "{ programs(order: [{ code: ASC }]) { nodes { code name acronym description targetPopulation modalities goodsAndServices } } }")]
    [InlineData("peten-profile", "{ department(code: \"17\") { code name profile { period { code } peopleServed programs { program { code } peopleServed figures { measure measureLabel value line } } } } }")]
    [InlineData("integrity", "{ integrityChecks(order: [{ line: ASC }, { collection: ASC }, { field: ASC }, { subject: ASC }]) { totalCount nodes { kind collection field addedField figureKind subject printed computed difference matches line } } }")]
    public async Task Answer_MatchesTheReviewedSnapshot(string name, string query)
    {
        var data = await _client.QueryAsync(query);

        Snapshot.Match(JsonSerializer.Serialize(data, _readable), SnapshotNameExtension.Create(name));
    }
}
