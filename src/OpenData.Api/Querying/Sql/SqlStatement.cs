using System.Globalization;
using System.Text;

namespace OpenData.Api.Querying.Sql;

/// <summary>
/// A statement being written: its parameters (values are always parameters, never spliced into the text) and
/// its table aliases. Clauses are written into builders of their own and joined by <see cref="Complete"/>,
/// because the joins a WHERE needs are only known once it is written.
/// </summary>
public sealed class SqlStatement(SqlDialect dialect)
{
    private readonly List<KeyValuePair<string, object?>> _parameters = [];
    private int _aliases;

    public SqlDialect Dialect { get; } = dialect;

    public IReadOnlyList<KeyValuePair<string, object?>> Parameters => _parameters;

    public string Text { get; private set; } = string.Empty;

    /// <summary>Adds a parameter and returns its placeholder.</summary>
    /// <exception cref="InvalidTextException">The value is text no database can take (<see cref="SqlText"/>).</exception>
    public string Parameter(object? value)
    {
        SqlText.Check(value);
        var name = "@p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add(new(name, value));
        return name;
    }

    /// <summary>A fresh table alias, unique within the statement, subqueries included.</summary>
    public string NextAlias() => "t" + (_aliases++).ToString(CultureInfo.InvariantCulture);

    public SqlStatement Complete(StringBuilder text)
    {
        Text = text.ToString();
        return this;
    }

    public override string ToString() => Text;
}
