using System.Linq.Expressions;
using OpenData.Api.Features.Common;

namespace OpenData.Api.Features.Beneficiaries;

/// <summary>One column of a coverage table, and what kind of figure its cells are.</summary>
/// <param name="Coverage">The coverage entity whose column it is.</param>
/// <param name="Property">The column's property on that entity.</param>
/// <param name="Measure">The column's field name in the schema, e.g. "childrenServed".</param>
/// <param name="Label">The heading printed over the column, e.g. "NIÑOS BENEFICIARIOS".</param>
/// <param name="IsPeopleCount">Whether its cells count people.</param>
/// <param name="CountsPeopleServed">Whether it is the one column of its table that counts the people the programme served.</param>
public sealed record BeneficiaryMeasure(Type Coverage, string Property, string Measure, string Label, bool IsPeopleCount, bool CountsPeopleServed)
{
    public static BeneficiaryMeasure Of<T>(Expression<Func<T, int?>> column, string measure, string label, bool isPeopleCount, bool countsPeopleServed = false)
        where T : CoverageRecord =>
        new(typeof(T), ((MemberExpression)column.Body).Member.Name, measure, label, isPeopleCount, countsPeopleServed);
}
