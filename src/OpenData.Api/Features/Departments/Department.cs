namespace OpenData.Api.Features.Departments;

/// <summary>One of Guatemala's 22 departments, keyed by its INE code.</summary>
public sealed class Department
{
    public int Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
}
