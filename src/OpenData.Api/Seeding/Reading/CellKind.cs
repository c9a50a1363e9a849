namespace OpenData.Api.Seeding.Reading;

/// <summary>How a column's cells are printed, and so how they are read.</summary>
internal enum CellKind
{
    /// <summary>A name or label, kept as printed.</summary>
    Text,

    /// <summary>A whole number, perhaps with thousands separators: <c>1,009</c>.</summary>
    Count,

    /// <summary>Quetzales: <c>Q32,595,100.00</c>.</summary>
    Money,

    /// <summary>A percentage without its sign: <c>23.23</c>.</summary>
    Rate,

    /// <summary>A period of dates: <c>9-11-2020 al 29-03-2021</c>.</summary>
    DateRange,
}
