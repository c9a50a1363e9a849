using System.Text;
using OpenData.Api.Tests.Fuzzing.Schema;
using static OpenData.Api.Tests.Fuzzing.Valid.QueryLimits;

namespace OpenData.Api.Tests.Fuzzing.Valid;

/// <summary>The selections that are not plain fields: __typename, inline and named fragments, and directives.</summary>
public sealed partial class QueryGenerator
{
    // A server bug: in sum/avg/min/max `__typename` is taken for a measure, and `{ beneficiaryFigures { aggregates
    // { sum { __typename } } } }` fails ("has no measure"). Valid queries leave it out there until that is fixed.
    private static bool TypenameAllowed(SchemaType type) =>
        !type.Name.EndsWith("Measures", StringComparison.Ordinal) && !type.Name.EndsWith("Averages", StringComparison.Ordinal);

    // __typename takes no arguments, so a repeat of it always merges.
    private void Typename(Scope scope, StringBuilder text)
    {
        scope.Selected++;
        _fields++;
        _cost += scope.Multiplier;
        text.Append(" __typename");
        Directive(text);
    }

    /// <summary>The one selection an otherwise empty set gets, past the field budget: __typename or, where that fails, a plain field.</summary>
    private void Fallback(SchemaType type, Scope scope, StringBuilder text)
    {
        if (TypenameAllowed(type))
        {
            Typename(scope, text);
            return;
        }

        // A leaf without arguments merges with itself, so it may repeat a name already in the scope.
        var leaf = type.Fields.First(f => f.Args.Count == 0 && _schema.TypeOf(f.Type).Kind is TypeKind.Scalar or TypeKind.Enum);
        scope.Selected++;
        _fields++;
        _cost += scope.Multiplier;
        text.Append(' ').Append(leaf.Name);
    }

    private void InlineFragment(SchemaType type, Level level, Scope scope, StringBuilder text, int nesting)
    {
        var body = new StringBuilder();
        Selections(type, level, scope, body, nesting);
        if (body.Length == 0)
        {
            Fallback(type, scope, body);
        }

        text.Append(_rng.Chance(0.7) ? $" ... on {type.Name}" : " ...");
        Directive(text);
        text.Append(" {").Append(body).Append(" }");
    }

    /// <summary>A fragment for this very selection set, spread here once or, when the limits allow, twice.</summary>
    private void NamedFragment(SchemaType type, Level level, Scope scope, StringBuilder text, int nesting)
    {
        var name = $"F{_fragments.Count}";
        var slot = _fragments.Count;
        _fragments.Add(string.Empty);
        var (fields, rows, cost, aliases, directives, selected) = (_fields, _rows, _cost, _aliases, _directives, scope.Selected);
        var body = new StringBuilder();
        Selections(type, level, scope, body, nesting);
        if (body.Length == 0)
        {
            Fallback(type, scope, body);
        }

        _fragments[slot] = $"fragment {name} on {type.Name} {{{body} }}";
        text.Append(" ...").Append(name);
        (fields, rows, cost, aliases, directives, selected) = (_fields - fields, _rows - rows, _cost - cost, _aliases - aliases, _directives - directives, scope.Selected - selected);
        var again = _fields + fields <= _fieldTarget && _rows + rows <= MaxRows && _cost + cost <= MaxCost && _aliases + aliases <= MaxAliases
            && _directives + directives <= MaxDirectives && scope.Room >= selected;
        if (again && _rng.Chance(0.3))
        {
            (_fields, _rows, _cost, _aliases, _directives, scope.Selected) = (_fields + fields, _rows + rows, _cost + cost, _aliases + aliases, _directives + directives, scope.Selected + selected);
            text.Append(" ...").Append(name);
        }
    }

    private void Directive(StringBuilder text)
    {
        if (_directives < MaxDirectives && _rng.Chance(0.04))
        {
            _directives++;
            text.Append(_rng.Chance(0.5) ? " @include(if: " : " @skip(if: ").Append(_values.Condition().Literal()).Append(')');
        }
    }
}
