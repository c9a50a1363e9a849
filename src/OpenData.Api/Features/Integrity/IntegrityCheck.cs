using OpenData.Api.Features.Common;

namespace OpenData.Api.Features.Integrity;

/// <summary>What an integrity check compares a printed figure with.</summary>
public enum IntegrityCheckKind
{
    TotalEqualsSumOfRows,
    RateEqualsParts,
    ProseEqualsTable,
}

/// <summary>
/// A printed figure set beside what the report's own other figures say it should be, computed when the report
/// is loaded from the stored rows. The report is served as printed; this is where it does not add up.
/// </summary>
public sealed class IntegrityCheck : ReportRecord
{
    public required IntegrityCheckKind Kind { get; init; }
    public required string Collection { get; init; }
    public required string Field { get; init; }

    /// <summary>The second column, where the prose adds two columns up (HOGARES COMUNITARIOS + CADIS); null otherwise.</summary>
    public string? AddedField { get; init; }

    /// <summary>How the report prints the figure, which says how the printed, computed and difference figures are served.</summary>
    public required FigureKind FigureKind { get; init; }

    public required string Subject { get; init; }
    public required decimal Printed { get; init; }

    /// <summary>Null only where the parts give no figure (a rate of a 0 target with something achieved).</summary>
    public decimal? Computed { get; init; }

    /// <summary>Printed − computed: positive when the report prints more than its parts give.</summary>
    public decimal? Difference { get; init; }

    public required bool Matches { get; init; }
    public required string Rule { get; init; }
}
