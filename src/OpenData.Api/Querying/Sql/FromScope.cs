using System.Text;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.Querying.Sql;

/// <summary>
/// The FROM clause of a statement or subquery: its table's alias and the LEFT JOINs that its conditions, sort
/// keys and projection reach through to-one links, one join per path however often the path is used.
/// </summary>
internal sealed class FromScope
{
    private readonly Dictionary<(string From, ToOneLink Link), string> _joins = [];
    private readonly StringBuilder _joinText = new();

    public FromScope(SqlStatement statement, Table table)
    {
        Statement = statement;
        Table = table;
        Alias = statement.NextAlias();
    }

    public SqlStatement Statement { get; }

    public Table Table { get; }

    public string Alias { get; }

    /// <summary>The alias of the row <paramref name="link"/> leads to from the row at <paramref name="fromAlias"/>.</summary>
    public string Join(string fromAlias, ToOneLink link)
    {
        if (_joins.TryGetValue((fromAlias, link), out var alias))
        {
            return alias;
        }

        alias = Statement.NextAlias();
        _joins[(fromAlias, link)] = alias;
        _joinText.Append(" LEFT JOIN ");
        SqlDialect.Quote(_joinText, link.To.Name);
        _joinText.Append(" AS ").Append(alias).Append(" ON ");
        Column(_joinText, alias, link.To.Id).Append(" = ");
        Column(_joinText, fromAlias, link.ForeignKey);
        return alias;
    }

    /// <summary>The alias at the end of a path of links from this scope's row.</summary>
    public string Follow(IReadOnlyList<ToOneLink> path)
    {
        var alias = Alias;
        foreach (var link in path)
        {
            alias = Join(alias, link);
        }

        return alias;
    }

    public void WriteFrom(StringBuilder text)
    {
        text.Append(" FROM ");
        SqlDialect.Quote(text, Table.Name);
        text.Append(" AS ").Append(Alias).Append(_joinText);
    }

    public static StringBuilder Column(StringBuilder text, string alias, Column column)
    {
        text.Append(alias).Append('.');
        SqlDialect.Quote(text, column.Name);
        return text;
    }
}
