using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Features.Common;
using OpenData.Api.Features.Goals;

namespace OpenData.Api.Features.Integrity;

/// <summary>The stored rows a table's printed totals row adds up, summed in SQL.</summary>
internal abstract class SummedRows
{
    /// <summary>Which rows, in words, for the check's rule.</summary>
    public abstract string Description { get; }

    public abstract Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>The sum of a field's cells; a blank cell adds nothing.</summary>
    public abstract Task<decimal> SumAsync(string field, CancellationToken cancellationToken);

    public static SummedRows For(OpenDataDbContext db, int periodId, string collection) => collection switch
    {
        "budgetLines" => Of(db.BudgetLines, periodId, "budget activity rows"),
        "communityHomesCoverage" => Of(db.CommunityHomesCoverage, periodId, "department rows"),
        "socialServiceCoverage" => Of(db.SocialServiceCoverage, periodId, "department rows"),
        "womenProgramCoverage" => Of(db.WomenProgramCoverage, periodId, "department rows"),
        "olderPeopleCoverage" => Of(db.OlderPeopleCoverage, periodId, "department rows"),
        "shelters" => Of(db.Shelters, periodId, "shelter rows"),

        // "TOTAL PERSONAS BENEFICIADAS" counts people: each programme's product row counts its people once, its
        // sub-products break the same people down, and "Dirección y Coordinación" (no programme) counts no people.
        // Read so, the printed 78,933 of 2021 term 1 is exactly the sum; with "Dirección y Coordinación" it is not.
        "goals" => new SummedRows<Goal>(
            db.Goals.Where(e => e.PeriodId == periodId && e.Level == GoalLevel.Product && e.ProgramId != null),
            "product rows of the programmes' directorates (leaving out the sub-products, which break their product's people down, and \"Dirección y Coordinación\", whose figures are not people served)"),
        _ => throw new InvalidOperationException($"No rule says which rows the printed totals of {collection} add up."),
    };

    private static SummedRows<T> Of<T>(IQueryable<T> rows, int periodId, string description)
        where T : ReportRecord =>
        new(rows.Where(e => e.PeriodId == periodId), description);
}

internal sealed class SummedRows<T>(IQueryable<T> rows, string description) : SummedRows
    where T : class
{
    public override string Description => description;

    public override Task<int> CountAsync(CancellationToken cancellationToken) => rows.CountAsync(cancellationToken);

    public override async Task<decimal> SumAsync(string field, CancellationToken cancellationToken)
    {
        var property = typeof(T).GetProperty(char.ToUpperInvariant(field[0]) + field[1..])
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no field {field} to add up.");
        var row = Expression.Parameter(typeof(T), "e");
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(int))
        {
            return await rows.SumAsync(Cell<int?>(row, property), cancellationToken) ?? 0;
        }

        if (type == typeof(decimal))
        {
            return await rows.SumAsync(Cell<decimal?>(row, property), cancellationToken) ?? 0m;
        }

        throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} is not a number to add up.");
    }

    private static Expression<Func<T, TCell>> Cell<TCell>(ParameterExpression row, System.Reflection.PropertyInfo property)
    {
        Expression cell = Expression.Property(row, property);
        return Expression.Lambda<Func<T, TCell>>(cell.Type == typeof(TCell) ? cell : Expression.Convert(cell, typeof(TCell)), row);
    }
}
