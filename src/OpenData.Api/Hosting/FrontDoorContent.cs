using OpenData.Api.Features.Periods;
using OpenData.Api.Features.Provenance;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Model;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.Hosting;

/// <summary>What the front door says in either form: the same links, the licences, and the reports the database holds.</summary>
public sealed record FrontDoorContent(IReadOnlyList<FrontDoorReport> Reports)
{
    public const string Ide = "/graphql/";
    public const string Queries = "/queries";
    public const string DataPackage = "/export/datapackage.json";
    public const string ExportCsv = "/export/{collection}.csv";
    public const string ExportJson = "/export/{collection}.json";

    /// <summary>One export to open straight away; the data package lists them all.</summary>
    public const string ExportExample = "/export/community-homes-coverage.csv";

    /// <summary>The loaded reports' provenance over GET /graphql: a link a browser opens as JSON, with no IDE in between.</summary>
    public static readonly string Documents = "/graphql?query="
        + Uri.EscapeDataString("{ documents { nodes { title publisher fileName sha256 licence publishedAt url period { code } } } }");

    /// <summary>Every link, named as the JSON names it; the page links exactly these.</summary>
    public static readonly IReadOnlyList<(string Name, string Href)> Links =
    [
        ("ide", Ide),
        ("queries", Queries),
        ("dataPackage", DataPackage),
        ("exportExample", ExportExample),
        ("documents", Documents),
        ("licence", DataLicence.Path),
        ("codeLicence", DataLicence.CodePath),
    ];

    /// <summary>The reports as the database has them, by term, so the page names what is actually served.</summary>
    public static async Task<FrontDoorContent> ReadAsync(QueryEngine engine, Catalog catalog, CancellationToken cancellationToken)
    {
        var documents = catalog.For(typeof(ReportDocument));
        var periods = catalog.For(typeof(Period));
        var period = catalog.ToOne(typeof(ReportDocument), nameof(ReportDocument.PeriodId), nameof(ReportDocument.Period), typeof(Period));
        var query = new RowsQuery(
            new Projection(documents, documents.Stored, [(period, Projection.All(periods))]),
            null,
            [new SortKey([period], periods[nameof(Period.Code)], false)],
            0,
            int.MaxValue,
            false);
        var result = await engine.RowsAsync(query, cancellationToken);
        return new FrontDoorContent([.. result.Rows.Cast<ReportDocument>().Select(d =>
            new FrontDoorReport(d.Title, d.Publisher, d.Period!.Code, d.FileName, d.Sha256, d.PublishedAt, d.Url))]);
    }
}

/// <summary>One report file the data was read from; <see cref="PublishedAt"/> and <see cref="Url"/> only where known.</summary>
public sealed record FrontDoorReport(string Title, string Publisher, string Period, string FileName, string Sha256, DateOnly? PublishedAt, string? Url);
