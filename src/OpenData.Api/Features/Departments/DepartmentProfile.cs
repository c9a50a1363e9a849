using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Features.Beneficiaries;
using OpenData.Api.Features.Periods;
using OpenData.Api.Features.Programs;
using OpenData.Api.GraphQL.Batching;
using OpenData.Api.GraphQL.Schema;

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
            Resolver = new FuncFieldResolver<ProgramFigures, object?>(c => c.RequestServices!.GetRequiredService<BatchLoaders>().ById(typeof(SocialProgram)).LoadOne(c.Source.ProgramId)),
        });
        SharedTypes.Field(programType, "peopleServed", SharedTypes.Named("Int"), "People the programme served in the department (its figure with countsPeopleServed); null where that cell is blank.", p => p.PeopleServed);
        SharedTypes.Field(programType, "figures", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("BeneficiaryFigure")))), "Every figure the programme's table prints for the department, in the table's column order.", p => p.Figures);

        var profileType = new ObjectGraphType<DepartmentProfile> { Name = "DepartmentProfile", Description = "A department in one term across all four programmes: each programme's figures, and the people served in all." };
        SharedTypes.Field(profileType, "period", new NonNullGraphType(new GraphQLTypeReference("Period")), "The term.", p => p.Period);
        SharedTypes.Field(profileType, "peopleServed", new NonNullGraphType(SharedTypes.Named("Int")), "People served by all programmes together, summed in SQL; one person served by two programmes counts twice.", p => p.PeopleServed);
        SharedTypes.Field(profileType, "programs", new NonNullGraphType(new ListGraphType(new NonNullGraphType(programType))), "The programmes whose tables print a row for the department (a programme that did not reach it is absent, not zero).", p => p.Programs);

        var field = new FieldType
        {
            Name = "profile",
            Description = "The department across all four programmes in one term: each programme's figures and the people served in all.",
            ResolvedType = profileType,
            Arguments = new QueryArguments(new QueryArgument(SharedTypes.Named("String")) { Name = "period", Description = "The term's code, e.g. \"2021-T1\"; the latest term loaded when left out." }),
            Resolver = new FuncFieldResolver<Department, DepartmentProfile?>(c => ResolveAsync(c)),
        };
        return (field, [programType, profileType]);
    }

    private static async ValueTask<DepartmentProfile?> ResolveAsync(IResolveFieldContext<Department> context)
    {
        var code = context.GetArgument<string?>("period");
        await using var db = await context.RequestServices!.GetRequiredService<IDbContextFactory<OpenDataDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var periods = db.Periods.AsNoTracking();
        var period = await (code is null ? periods.OrderByDescending(p => p.Year).ThenByDescending(p => p.Term) : periods.Where(p => p.Code == code))
            .FirstOrDefaultAsync(context.CancellationToken);
        if (period is null)
        {
            return null;
        }

        var rows = db.BeneficiaryFigures.AsNoTracking().Where(f => f.DepartmentId == context.Source.Id && f.PeriodId == period.Id);
        var served = await rows.GroupBy(f => f.ProgramId)
            .Select(g => new { ProgramId = g.Key, PeopleServed = g.Sum(f => f.CountsPeopleServed ? (int?)f.Value : null) })
            .ToDictionaryAsync(g => g.ProgramId, g => g.PeopleServed, context.CancellationToken);
        var figures = await rows.OrderBy(f => f.ProgramId).ThenBy(f => f.Id).ToListAsync(context.CancellationToken);
        var programs = figures.GroupBy(f => f.ProgramId).Select(g => new ProgramFigures(g.Key, served[g.Key], [.. g])).ToList();
        var total = await rows.Where(f => f.CountsPeopleServed).SumAsync(f => f.Value, context.CancellationToken);
        return new DepartmentProfile(period, total, programs);
    }
}
