using System.Globalization;
using System.Text;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Sql;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.GraphQL.Limits;

/// <summary>
/// How many rows each table holds and the most rows any parent has under each link, read in one statement when
/// the server starts and again whenever the loaded reports change. The cost of a query is estimated from these:
/// a list can return no more rows than its table has, nor a list inside a row more than its link's largest.
/// </summary>
public sealed class RowStatistics(QueryEngine engine, EntityRegistry registry)
{
    private volatile IReadOnlyDictionary<object, long>? _counts;

    /// <summary>Whether the statistics were read; before that, estimates use the page sizes alone.</summary>
    public bool IsLoaded => _counts is not null;

    /// <summary>Rows of the table, or null when unknown.</summary>
    public long? Rows(Table table) => _counts is { } counts && counts.TryGetValue(table, out var rows) ? rows : null;

    /// <summary>The most child rows one parent has under the link, or null when unknown.</summary>
    public long? MostChildren(ToManyLink link) => _counts is { } counts && counts.TryGetValue(link, out var rows) ? rows : null;

    /// <summary>Rows of the entity's table, or null when unknown.</summary>
    public long? Rows(Type entity) => Rows(registry.Catalog.For(entity));

    /// <summary>The most rows of <paramref name="child"/> that point at one parent through <paramref name="foreignKey"/>.</summary>
    public long? MostChildren(Type parent, Type child, string foreignKey) => MostChildren(registry.Catalog.ToMany(parent, child, foreignKey));

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var tables = registry.All.Select(d => d.Table).Distinct().ToList();
        var links = registry.All.SelectMany(d => d.Relations.OfType<CollectionField>().Select(c => c.Link).Concat(d.ChildLists.Select(c => c.Link)))
            .Concat(ExtraLinks()).Distinct().ToList();
        var statement = new SqlStatement(engine.Dialect);
        var text = new StringBuilder("SELECT ");
        foreach (var table in tables)
        {
            text.Append("(SELECT COUNT(*) FROM ");
            SqlDialect.Quote(text, table.Name);
            text.Append("), ");
        }

        foreach (var link in links)
        {
            text.Append("(SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM ");
            SqlDialect.Quote(text, link.Child.Name);
            text.Append(" GROUP BY ");
            SqlDialect.Quote(text, link.ForeignKey.Name);
            text.Append(") AS children), ");
        }

        text.Length -= 2;
        var values = await engine.ExecuteAsync(statement.Complete(text), reader =>
        {
            reader.Read();
            var counts = new Dictionary<object, long>();
            var i = 0;
            foreach (var table in tables)
            {
                counts[table] = Convert.ToInt64(reader.GetValue(i++), CultureInfo.InvariantCulture);
            }

            foreach (var link in links)
            {
                counts[link] = Convert.ToInt64(reader.GetValue(i++), CultureInfo.InvariantCulture);
            }

            return counts;
        }, cancellationToken);
        _counts = values;
    }

    /// <summary>Links read by hand-written fields, such as a department's figures in its profile.</summary>
    private IEnumerable<ToManyLink> ExtraLinks() =>
    [
        registry.Catalog.ToMany(typeof(Features.Departments.Department), typeof(Features.Beneficiaries.BeneficiaryFigure), nameof(Features.Beneficiaries.BeneficiaryFigure.DepartmentId)),
    ];
}
