using GraphQL.Types;
using OpenData.Api.Features.Common;
using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.Features.Integrity;

public sealed class IntegrityCheckDefinition : ReportRecordDefinition<IntegrityCheck>
{
    public IntegrityCheckDefinition()
        : base(
            "IntegrityCheck",
            "A printed figure beside what the report's other figures say it should be: a totals cell beside the sum of its rows, a printed rate beside the rate of its parts, a figure of the prose beside the table figure it restates. The report is served as printed; this is where it does not add up.",
            "integrityChecks",
            "Every integrity check of every report, in the order they were made; filter on matches: { eq: false } for the discrepancies.")
    {
        var kind = Field("kind", e => e.Kind, "What the printed figure is compared with.");
        kind.GraphType = KindType();
        Vocabulary("collection", e => e.Collection, Vocabularies.Collections, "The root field of the table the figure belongs to or restates, e.g. COMMUNITY_HOMES_COVERAGE for communityHomesCoverage.");
        Vocabulary("field", e => e.Field, Vocabularies.Fields, "The field of that table the figure is for, e.g. CHILDREN_SERVED for childrenServed; where the prose adds two columns up, the first of them.");
        Vocabulary("addedField", e => e.AddedField, Vocabularies.Fields, "The second field, where the prose adds two columns up (COMMUNITY_HOMES + CHILD_CARE_CENTRES for HOGARES COMUNITARIOS + CADIS); null otherwise.");
        Text("subject", e => e.Subject, "What was checked: the totals row's label (\"TOTALES\"), the row's budget activity or goal concept, or the words of the prose that state the figure.");
        Field("figureKind", e => e.FigureKind, "Whether the figure is a count, an amount in quetzales or a rate: how printed, computed and difference are written.").GraphType = PrintedFigures.GraphType();
        Figure("printed", e => e.Printed, e => e.FigureKind, "The figure as the report prints it, in the printed form its figureKind says: a count as a whole number (218), an amount or a rate with two decimals.");
        Figure("computed", e => e.Computed, e => e.FigureKind, "What the report's other figures give: the sum of the rows, the rate of the parts rounded to 2 decimals, or the table figure the prose restates, written as printed is. Null only where the parts give no rate.");
        Figure("difference", e => e.Difference, e => e.FigureKind, "Printed minus computed, written as printed is: positive when the report prints more than its parts give; null when computed is null.");
        Field("matches", e => e.Matches, "Whether the printed figure equals the computed one exactly.");
        View(
            "discrepancies",
            "Every place the report does not add up: the integrity checks whose printed and computed figures differ, each with its source. Takes the same filters, ordering, paging and aggregates as integrityChecks.",
            new Dictionary<string, object?> { ["matches"] = new Dictionary<string, object?> { ["eq"] = false } });
        Field("rule", e => e.Rule, "How the computed figure was obtained, in words.");
    }

    private static EnumerationGraphType KindType()
    {
        var type = new EnumerationGraphType { Name = "IntegrityCheckKind", Description = "What an integrity check compares a printed figure with." };
        type.Add("TOTAL_EQUALS_SUM_OF_ROWS", IntegrityCheckKind.TotalEqualsSumOfRows, "A cell of a printed totals row beside the sum of the column's rows.");
        type.Add("RATE_EQUALS_PARTS", IntegrityCheckKind.RateEqualsParts, "A printed percentage beside the percentage its own row's figures give.");
        type.Add("PROSE_EQUALS_TABLE", IntegrityCheckKind.ProseEqualsTable, "A figure of the \"Logros institucionales\" prose beside the printed table total it restates.");
        return type;
    }
}
