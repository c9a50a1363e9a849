using GraphQL.Types;
using OpenData.Api.Features.Programs;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Schema;

namespace OpenData.Api.Features.Achievements;

public sealed class AchievementDefinition : ReportRecordDefinition<Achievement>
{
    public AchievementDefinition()
        : base(
            "Achievement",
            "A sentence of a programme's \"Logros institucionales\" (institutional achievements) and the figures it quotes.",
            "achievements",
            "Achievements stated in the report's prose, one per sentence that quotes figures.")
    {
        Text("quote", e => e.Quote, "The sentence, verbatim from the report.");
        Reference<SocialProgram>("program", e => e.ProgramId, e => e.Program, "The programme the achievement is reported for.");
        Children<AchievementFigure>("figures", f => f.AchievementId, "The figures the sentence quotes, each with the words that state it.", FigureType());
    }

    private static ObjectGraphType<AchievementFigure> FigureType()
    {
        var type = new ObjectGraphType<AchievementFigure> { Name = "AchievementFigure", Description = "A figure quoted in an achievement sentence." };
        SharedTypes.Field(type, "value", new NonNullGraphType(SharedTypes.Named("Decimal")), "The figure as a number: \"13,756\" is 13756, \"Q.556,879.50\" is 556879.50, \"14%\" is 14, \"cuatro\" is 4.", f => f.Value);
        SharedTypes.Field(type, "unit", new NonNullGraphType(SharedTypes.Named("String")), "What the figure counts, in English (e.g. \"children\", \"quetzales\", \"percent\").", f => f.Unit);
        SharedTypes.Field(type, "text", new NonNullGraphType(SharedTypes.Named("String")), "The words of the sentence that state the figure, verbatim.", f => f.Text);
        return type;
    }
}
