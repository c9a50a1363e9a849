using OpenData.Api.Features.Departments;
using OpenData.Api.Features.Periods;

namespace OpenData.Api.Features.Summaries;

/// <summary>
/// A department's headline figure from each of the four programme tables in one term, side by side, copied from the
/// stored coverage rows when the report is loaded; null where the programme has no row for it or the cell is blank.
/// </summary>
public sealed class DepartmentSummary
{
    public int Id { get; init; }
    public required int PeriodId { get; init; }
    public Period? Period { get; init; }
    public required int DepartmentId { get; init; }
    public Department? Department { get; init; }
    public int? ChildrenServed { get; init; }
    public int? SocialServicePeopleServed { get; init; }
    public int? Provisions { get; init; }
    public int? WomenServed { get; init; }
    public int? OlderPeopleServed { get; init; }

    /// <summary>Not printed: the four people-served figures added up, a column the database computes from the row.</summary>
    public int ComputedPeopleServed { get; init; }
}
