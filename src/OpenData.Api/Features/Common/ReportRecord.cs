using OpenData.Api.Features.Departments;
using OpenData.Api.Features.Periods;
using OpenData.Api.Features.Programs;
using OpenData.Api.Features.Provenance;

namespace OpenData.Api.Features.Common;

/// <summary>What every record read from a report carries: its period, its source and its line in the report.</summary>
public abstract class ReportRecord
{
    public int Id { get; init; }
    public required int PeriodId { get; init; }
    public required int SourceId { get; init; }
    public required int Line { get; init; }
    public Period? Period { get; init; }
    public Source? Source { get; init; }
}

/// <summary>A row of a per-department programme table.</summary>
public abstract class CoverageRecord : ReportRecord
{
    public required int DepartmentId { get; init; }
    public required int ProgramId { get; init; }
    public Department? Department { get; init; }
    public SocialProgram? Program { get; init; }
}
