namespace OpenData.Api.GraphQL.Aggregation;

/// <summary>
/// The row one aggregate statement returns: up to three group keys, the row count, and numbered slots for
/// whole-number (L) and decimal (M) aggregates. A fixed class lets EF Core project any mix of aggregates
/// into one SELECT without generating types at run time.
/// </summary>
public sealed class AggregateRow
{
    public object? K0 { get; set; }
    public object? K1 { get; set; }
    public object? K2 { get; set; }
    public int Count { get; set; }
    public long? L0 { get; set; }
    public long? L1 { get; set; }
    public long? L2 { get; set; }
    public long? L3 { get; set; }
    public long? L4 { get; set; }
    public long? L5 { get; set; }
    public long? L6 { get; set; }
    public long? L7 { get; set; }
    public long? L8 { get; set; }
    public long? L9 { get; set; }
    public long? L10 { get; set; }
    public long? L11 { get; set; }
    public long? L12 { get; set; }
    public long? L13 { get; set; }
    public long? L14 { get; set; }
    public long? L15 { get; set; }
    public long? L16 { get; set; }
    public long? L17 { get; set; }
    public long? L18 { get; set; }
    public long? L19 { get; set; }
    public long? L20 { get; set; }
    public long? L21 { get; set; }
    public long? L22 { get; set; }
    public long? L23 { get; set; }
    public long? L24 { get; set; }
    public long? L25 { get; set; }
    public long? L26 { get; set; }
    public long? L27 { get; set; }
    public long? L28 { get; set; }
    public long? L29 { get; set; }
    public long? L30 { get; set; }
    public long? L31 { get; set; }
    public long? L32 { get; set; }
    public long? L33 { get; set; }
    public long? L34 { get; set; }
    public long? L35 { get; set; }
    public long? L36 { get; set; }
    public long? L37 { get; set; }
    public long? L38 { get; set; }
    public long? L39 { get; set; }
    public long? L40 { get; set; }
    public long? L41 { get; set; }
    public long? L42 { get; set; }
    public long? L43 { get; set; }
    public long? L44 { get; set; }
    public long? L45 { get; set; }
    public long? L46 { get; set; }
    public long? L47 { get; set; }
    public decimal? M0 { get; set; }
    public decimal? M1 { get; set; }
    public decimal? M2 { get; set; }
    public decimal? M3 { get; set; }
    public decimal? M4 { get; set; }
    public decimal? M5 { get; set; }
    public decimal? M6 { get; set; }
    public decimal? M7 { get; set; }
    public decimal? M8 { get; set; }
    public decimal? M9 { get; set; }
    public decimal? M10 { get; set; }
    public decimal? M11 { get; set; }
    public decimal? M12 { get; set; }
    public decimal? M13 { get; set; }
    public decimal? M14 { get; set; }
    public decimal? M15 { get; set; }

    public const int WholeSlots = 48;
    public const int DecimalSlots = 16;
    public const int KeySlots = 3;
}

/// <summary>A composite GROUP BY key; unused parts hold a constant.</summary>
public sealed class GroupKey<T0, T1, T2>
{
    public T0 K0 { get; set; } = default!;
    public T1 K1 { get; set; } = default!;
    public T2 K2 { get; set; } = default!;
}
