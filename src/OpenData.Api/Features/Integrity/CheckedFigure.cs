using OpenData.Api.Features.Common;

namespace OpenData.Api.Features.Integrity;

/// <summary>A printed figure to check: where it is printed and which table cell it is about.</summary>
internal sealed record CheckedFigure(int PeriodId, int SourceId, int Line, string Collection, string Field, FigureKind FigureKind, string Subject)
{
    /// <summary>The second column a prose figure adds up, if it adds two.</summary>
    public string? AddedField { get; init; }

    public IntegrityCheck Compare(IntegrityCheckKind kind, decimal printed, decimal? computed, string rule) => new()
    {
        PeriodId = PeriodId,
        SourceId = SourceId,
        Line = Line,
        Kind = kind,
        Collection = Collection,
        Field = Field,
        AddedField = AddedField,
        FigureKind = FigureKind,
        Subject = Subject,
        Printed = printed,
        Computed = computed,
        Difference = printed - computed,
        Matches = printed == computed,
        Rule = rule,
    };
}
