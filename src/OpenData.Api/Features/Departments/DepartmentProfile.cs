using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using OpenData.Api.Data;
using OpenData.Api.Features.Beneficiaries;
using OpenData.Api.Features.Periods;
using OpenData.Api.Features.Programs;
using OpenData.Api.GraphQL.Batching;
using OpenData.Api.GraphQL.Filtering;
using OpenData.Api.GraphQL.Limits;
using OpenData.Api.GraphQL.Paging;
using OpenData.Api.GraphQL.Schema;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Model;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.Features.Departments;

/// <summary>One department in one term: its figures in each programme that reached it, and people served in all.</summary>
public sealed record DepartmentProfile(Period Period, int PeopleServed, IReadOnlyList<ProgramFigures> Programs);

/// <summary>A department's figures in one programme.</summary>
public sealed record ProgramFigures(int ProgramId, int? PeopleServed, IReadOnlyList<BeneficiaryFigure> Figures);

public static class DepartmentProfileField
{
    public static (FieldType Field, IGraphType[] Types) Create()
    {
        var programType = new ObjectGraphType<ProgramFigures> { Name = "DepartmentProgramFigures", Description = "A department's figures in one programme in one term." };
        programType.AddField(new FieldType
        {
            Name = "program",
            Description = "The programme.",
            ResolvedType = new NonNullGraphType(new GraphQLTypeReference("Program")),
            Resolver = new FuncFieldResolver<ProgramFigures, object?>(c => BatchLoaders.Of(c).ById(typeof(SocialProgram)).LoadOne(c.Source.ProgramId)),
        });
        SharedTypes.Field(programType, "peopleServed", SharedTypes.Named("Int"), "People the programme served in the department (its figure with countsPeopleServed); null where that cell is blank.", p => p.PeopleServed);
        SharedTypes.Field(programType, "figures", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("BeneficiaryFigure")))), "Every figure the programme's table prints for the department, in the table's column order.", p => p.Figures);
        CostAnalysis.Rows(programType.GetField("figures")!, (_, statistics) =>
            statistics.MostChildren(typeof(Department), typeof(BeneficiaryFigure), nameof(BeneficiaryFigure.DepartmentId)) ?? PagingArguments.MaxPageSize);

        var profileType = new ObjectGraphType<DepartmentProfile> { Name = "DepartmentProfile", Description = "A department in one term across all four programmes: each programme's figures, and the people served in all." };
        SharedTypes.Field(profileType, "period", new NonNullGraphType(new GraphQLTypeReference("Period")), "The term.", p => p.Period);
        SharedTypes.Field(profileType, "peopleServed", new NonNullGraphType(SharedTypes.Named("Int")), "People served by all programmes together, summed in SQL; one person served by two programmes counts twice.", p => p.PeopleServed);
        SharedTypes.Field(profileType, "programs", new NonNullGraphType(new ListGraphType(new NonNullGraphType(programType))), "The programmes whose tables print a row for the department (a programme that did not reach it is absent, not zero).", p => p.Programs);
        CostAnalysis.Rows(profileType.GetField("programs")!, (_, statistics) => statistics.Rows(typeof(SocialProgram)) ?? PagingArguments.MaxPageSize);

        var field = new FieldType
        {
            Name = "profile",
            Description = "The department across all four programmes in one term: each programme's figures and the people served in all.",
            ResolvedType = profileType,
            Arguments = new QueryArguments(new QueryArgument(SharedTypes.Named("String")) { Name = "period", Description = "The term's code in any case, e.g. \"2021-T1\" or \"2021-t1\"; the latest term loaded when left out." }),
            Resolver = new FuncFieldResolver<Department, object?>(c => BatchLoaders.Of(c)
                .Keyed(("profile", c.Arguments), () => Loader(c.RequestServices!, c.GetArgument<string?>("period")))
                .LoadOne(c.Source.Id)),
        };
        return (field, [programType, profileType]);
    }

    /// <summary>
    /// The profiles of every department of a level in four statements, however many departments: the term, the
    /// figures, and the people served summed in SQL per programme and per department.
    /// </summary>
    private static BatchLoader<object> Loader(IServiceProvider services, string? code)
    {
        var engine = services.GetRequiredService<QueryEngine>();
        var catalog = services.GetRequiredService<Catalog>();
        var periods = catalog.For(typeof(Period));
        var figures = catalog.For(typeof(BeneficiaryFigure));
        var departmentFigures = catalog.ToMany(typeof(Department), typeof(BeneficiaryFigure), nameof(BeneficiaryFigure.DepartmentId));
        Task<Period?>? term = null;
        return new BatchLoader<object>(async (keys, cancellationToken) =>
        {
            // Kept: after a term that is not loaded, each department asks again, and each gets the error, not a statement.
            var period = await (term ??= PeriodAsync(engine, periods, code, cancellationToken));
            if (period is null && code is not null)
            {
                throw new FilterException("NOT_FOUND", $"No term has the code \"{code}\". Use period: with the year and term, e.g. \"2021-T1\", in any case; periods lists the terms loaded.");
            }

            if (period is null)
            {
                return Array.Empty<(int, object)>().ToLookup(p => p.Item1, p => p.Item2);
            }

            var inPeriod = new Comparison(new ColumnOperand(figures[nameof(BeneficiaryFigure.PeriodId)]), CompareOperator.Equal, period.Id);
            var rows = await engine.ChildrenAsync(
                new ChildRowsQuery(departmentFigures, keys, inPeriod, [new SortKey([], figures[nameof(BeneficiaryFigure.ProgramId)], false)], null), cancellationToken);
            var counted = new AllOf([
                new InSet(new ColumnOperand(figures[nameof(BeneficiaryFigure.DepartmentId)]), [.. keys.Select(k => (object?)k)]),
                inPeriod,
                new Comparison(new ColumnOperand(figures[nameof(BeneficiaryFigure.CountsPeopleServed)]), CompareOperator.Equal, true)]);
            var value = new Aggregate(AggregateFunction.Sum, figures[nameof(BeneficiaryFigure.Value)]);
            var byProgram = await ServedAsync(engine, figures, counted, value, [nameof(BeneficiaryFigure.DepartmentId), nameof(BeneficiaryFigure.ProgramId)], cancellationToken);
            var byDepartment = await ServedAsync(engine, figures, counted, value, [nameof(BeneficiaryFigure.DepartmentId)], cancellationToken);
            var profiles = keys.ToDictionary(k => k, k => new DepartmentProfile(period, Served(byDepartment, k, 0) ?? 0, []));
            foreach (var department in rows.Cast<BeneficiaryFigure>().GroupBy(f => f.DepartmentId))
            {
                profiles[department.Key] = profiles[department.Key] with
                {
                    Programs = [.. department.GroupBy(f => f.ProgramId).Select(p => new ProgramFigures(p.Key, Served(byProgram, department.Key, p.Key), [.. p]))],
                };
            }

            return profiles.ToLookup(p => p.Key, p => (object)p.Value);
        });
    }

    private static async Task<Period?> PeriodAsync(QueryEngine engine, Table periods, string? code, CancellationToken cancellationToken)
    {
        var query = code is null
            ? new RowsQuery(Projection.All(periods), null, [new SortKey([], periods[nameof(Period.Year)], true), new SortKey([], periods[nameof(Period.Term)], true)], 0, 1, false)
            : new RowsQuery(Projection.All(periods), new Comparison(new ColumnOperand(periods[SearchText.FoldedColumn(nameof(Period.Code))]), CompareOperator.Equal, SearchText.Fold(code)), [], 0, 1, false);
        var result = await engine.RowsAsync(query, cancellationToken);
        return result.Rows.Count > 0 ? (Period)result.Rows[0] : null;
    }

    private static int? Served(Dictionary<(int, int), object?> sums, int department, int program) =>
        sums.TryGetValue((department, program), out var sum) && sum is long served ? checked((int)served) : null;

    /// <summary>People served summed per group of the keys (department, then programme), as (department, programme or 0) → sum.</summary>
    private static async Task<Dictionary<(int, int), object?>> ServedAsync(
        QueryEngine engine, Table figures, Condition counted, Aggregate value, string[] keys, CancellationToken cancellationToken)
    {
        var groups = await engine.AggregateAsync(
            new AggregateQuery(figures, counted, [value], [.. keys.Select(k => figures[k])], null, [], 0, int.MaxValue), cancellationToken);
        return groups.ToDictionary(g => ((int)g.Keys[0]!, g.Keys.Count > 1 ? (int)g.Keys[1]! : 0), g => g.Values[0]);
    }
}
