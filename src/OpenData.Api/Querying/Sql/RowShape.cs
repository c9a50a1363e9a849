using System.Data.Common;
using System.Text;
using OpenData.Api.Querying.Model;
using OpenData.Api.Querying.Tables;

namespace OpenData.Api.Querying.Sql;

/// <summary>
/// Where a projection's columns sit in a statement's result and how to read them into entities: the id first,
/// then the columns, then each joined row's id and columns; a joined row whose id is blank is left null.
/// </summary>
internal sealed class RowShape
{
    private readonly Table _table;
    private readonly Column[] _columns;
    private readonly int _first;
    private readonly (ToOneLink Link, RowShape Shape)[] _joins;

    private RowShape(Table table, Column[] columns, int first, (ToOneLink, RowShape)[] joins)
    {
        _table = table;
        _columns = columns;
        _first = first;
        _joins = joins;
    }

    /// <summary>How many result columns the shape reads.</summary>
    public int Width => _columns.Length + _joins.Sum(j => j.Shape.Width);

    /// <summary>Writes the projection's select list (joining what it reaches) and returns its shape.</summary>
    public static RowShape Write(StringBuilder select, Projection projection, FromScope scope, string alias, int first)
    {
        var columns = new List<Column>(projection.Columns.Count + 1) { projection.Table.Id };
        columns.AddRange(projection.Columns.Where(c => c != projection.Table.Id && c.Set is not null).Distinct());
        foreach (var column in columns)
        {
            if (select.Length > 0)
            {
                select.Append(", ");
            }

            FromScope.Column(select, alias, column);
        }

        var next = first + columns.Count;
        var joins = new List<(ToOneLink, RowShape)>();
        foreach (var (link, target) in projection.Joins)
        {
            var shape = Write(select, target, scope, scope.Join(alias, link), next);
            joins.Add((link, shape));
            next += shape.Width;
        }

        return new RowShape(projection.Table, [.. columns], first, [.. joins]);
    }

    /// <summary>The row, or null where its id is blank (a LEFT JOIN that found none).</summary>
    public object? ReadOrNull(DbDataReader reader) => reader.IsDBNull(_first) ? null : Read(reader);

    public object Read(DbDataReader reader)
    {
        var row = _table.Create();
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i].Set!(row, reader, _first + i);
        }

        foreach (var (link, shape) in _joins)
        {
            if (!reader.IsDBNull(shape._first))
            {
                link.SetNavigation(row, shape.Read(reader));
            }
        }

        return row;
    }
}
