using GraphQL.Resolvers;
using GraphQL.Types;
using OpenData.Api.Features.Common;
using OpenData.Api.Features.Periods;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Schema;
using OpenData.Api.Hosting;

namespace OpenData.Api.Features.Provenance;

public sealed class ReportDocumentDefinition : EntityDefinition<ReportDocument>
{
    public ReportDocumentDefinition()
        : base("Document", "A published report file the data was read from. Its SHA-256 lets anyone check they hold the very same file.", "documents", "The report files the database was built from, one per term.")
    {
        Text("title", e => e.Title, "The report's title as printed, e.g. \"RENDICIÓN DE CUENTAS PRIMER CUATRIMESTRE 2021\".");
        Field("fileName", e => e.FileName, "The file's name in the project's seed/ folder.");
        Field("sha256", e => e.Sha256, "The SHA-256 of the file's bytes, in lower-case hexadecimal.");
        Field("publisher", e => e.Publisher, "Who published the report.");
        Field("publishedAt", e => e.PublishedAt, "The day the report was published, only where the report prints it; null where it is not known (the 2021 term 1 report prints none).");
        Field("url", e => e.Url, "The publisher's address for this very file, only where one is known; null otherwise. This API never guesses one.");
        Reference<Period>("period", e => e.PeriodId, e => e.Period, "The term the report covers.");
        Custom(new FieldType
        {
            Name = "licence",
            Description = $"The licence of the data read from this report, as this API serves it (\"{DataLicence.Name}\", {DataLicence.Path}), and the report's own standing as public information of the Government of Guatemala.",
            ResolvedType = new NonNullGraphType(SharedTypes.Named("String")),
            Resolver = new FuncFieldResolver<object, string>(_ => DataLicence.Statement),
        });
    }
}

public sealed class SourceDefinition : EntityDefinition<Source>
{
    public SourceDefinition()
        : base("Source", "Where a figure was printed: a report, a section and table of it, and the table's \"Fuente\" line naming the office that supplied the figures and when.", "sources", "Every table and prose section the data was read from.")
    {
        Reference<ReportDocument>("document", e => e.DocumentId, e => e.Document, "The report file.");
        Text("section", e => e.Section, "The report's section heading, e.g. \"HOGARES COMUNITARIOS\".");
        Text("table", e => e.Table, "The table's caption, or the prose block, as printed.");
        Field("note", e => e.Note, "The \"Fuente\" line under the table, verbatim: who supplied the figures; null where the report prints none.");
        Field("date", e => e.Date, "The date the \"Fuente\" line gives for the figures.");
        Field("firstLine", e => e.FirstLine, "The first line of the report's published text the table or block occupies.").IsMeasure = false;
        Field("lastLine", e => e.LastLine, "The last line of the report's published text the table or block occupies.").IsMeasure = false;
    }
}

public sealed class ReportedTotalDefinition : EntityDefinition<ReportedTotal>
{
    public ReportedTotalDefinition()
        : base("ReportedTotal", "A cell of a table's printed totals row (\"TOTALES\", \"TOTAL PERSONAS BENEFICIADAS\" …), kept as printed: the report's own totals do not always equal the sum of its rows.", "reportedTotals", "Every cell of every printed totals row.")
    {
        Vocabulary("collection", e => e.Collection, Vocabularies.Collections, "The root field whose rows the total is printed under, e.g. COMMUNITY_HOMES_COVERAGE for communityHomesCoverage.");
        Vocabulary("field", e => e.Field, Vocabularies.Fields, "The field of those rows the total is for, e.g. CHILDREN_SERVED for childrenServed.");
        Text("label", e => e.Label, "The totals row's label as printed, e.g. \"TOTALES\".");
        Figure("value", e => e.Value, e => e.Kind, "The total as printed, in the printed form its figureKind says: a count as a whole number (218), an amount or a rate with two decimals (7674675.24, 23.23); null where the cell is blank.");
        Field("figureKind", e => e.Kind, "Whether the column prints counts, amounts in quetzales or rates: how value is written.").GraphType = PrintedFigures.GraphType();
        Field("line", e => e.Line, "The line of the report's published text the totals row is printed on.").IsMeasure = false;
        Reference<Period>("period", e => e.PeriodId, e => e.Period, "The term of the table.");
        Reference<Source>("source", e => e.SourceId, e => e.Source, "The table the totals row closes.");
    }
}
