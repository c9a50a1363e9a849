using System.Linq.Expressions;
using GraphQL;
using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.GraphQL.Schema;

/// <summary>
/// Narrows a page's SELECT to the columns the query asked for: the fields selected under `nodes` and
/// `edges.node`, the keys their links need, and the id. Fields read from loaded children keep the whole row.
/// </summary>
public static class Projection
{
    public static IQueryable<T> Apply<T>(IQueryable<T> query, EntityDefinition definition, IResolveFieldContext context)
        where T : class
    {
        var selected = Selections.At(context, "nodes").Concat(Selections.At(context, "edges", "node"))
            .Select(f => f.Name.StringValue).Where(n => !n.StartsWith("__", StringComparison.Ordinal)).ToHashSet();
        var row = Expression.Parameter(typeof(T), "e");
        var members = new HashSet<System.Reflection.MemberInfo> { typeof(T).GetProperty("Id")! };
        foreach (var name in selected)
        {
            LambdaExpression? selector = definition.Scalars.FirstOrDefault(s => s.Name == name)?.Selector
                ?? (definition.Relations.FirstOrDefault(r => r.Name == name) as ReferenceField)?.ForeignKey;
            if (selector is not null && Strip(selector.Body) is MemberExpression { Expression: ParameterExpression } member)
            {
                members.Add(member.Member);
            }
            else if (name != "id" && definition.Relations.All(r => r.Name != name || r is not CollectionField))
            {
                return query;
            }
        }

        var projection = Expression.Lambda<Func<T, T>>(
            Expression.MemberInit(Expression.New(typeof(T)), members.Select(m => Expression.Bind(m, Expression.MakeMemberAccess(row, m)))),
            row);
        return query.Select(projection);
    }

    private static Expression Strip(Expression body) =>
        body is UnaryExpression { NodeType: ExpressionType.Convert } unary ? unary.Operand : body;
}
