using OpenData.Api.Features.Common;
using OpenData.Api.Features.Departments;

namespace OpenData.Api.Features.Shelters;

/// <summary>A row of the cold-weather shelters table of "Gestión de Riesgos".</summary>
public sealed class Shelter : ReportRecord
{
    public required int DepartmentId { get; init; }
    public Department? Department { get; init; }
    public required int Shelters { get; init; }
    public required string Location { get; init; }
    public required DateOnly CoverageStart { get; init; }
    public required DateOnly CoverageEnd { get; init; }
    public required int PeopleServed { get; init; }
}
