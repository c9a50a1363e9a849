namespace OpenData.Api.Seeding;

/// <summary>
/// The report text does not have the shape the reader expects. Seeding stops rather than load a
/// half-read report, and the message points at the table and line to look at.
/// </summary>
public sealed class ReportFormatException(string table, int line, string problem, Exception? innerException = null)
    : Exception($"Table \"{table}\", line {line}: {problem}", innerException)
{
    /// <summary>The table or section being read, by the name the report gives it.</summary>
    public string Table { get; } = table;

    /// <summary>The 1-based line of the report text where the problem was found.</summary>
    public int Line { get; } = line;
}
