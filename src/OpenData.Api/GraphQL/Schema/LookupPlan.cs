using GraphQL;
using GraphQL.Execution;
using OpenData.Api.GraphQL.Entities;
using OpenData.Api.GraphQL.Filtering;
using OpenData.Api.Querying;
using OpenData.Api.Querying.Model;

namespace OpenData.Api.GraphQL.Schema;

/// <summary>
/// What a lookup's arguments ask for: the condition, run in SQL on the folded columns, and which argument asked
/// for what, so that a lookup that finds nothing can say which form would have found it.
/// </summary>
public sealed record LookupPlan(Condition? Where, string Argument, string Value)
{
    public const string NameArgument = "name";

    public static LookupPlan Translate(IServiceProvider services, EntityDefinition definition, IDictionary<string, ArgumentValue>? arguments)
    {
        var key = definition.LookupKey!;
        var forms = definition.LookupForms!;
        var code = RootPlan.Argument<string>(arguments, key.Name);
        var name = RootPlan.Argument<string>(arguments, NameArgument);
        if (code is null == name is null)
        {
            throw new FilterException("INVALID_LOOKUP", $"Give one of {key.Name} or {NameArgument}, not both or neither. {forms.Accepted}");
        }

        var filters = services.GetRequiredService<FilterTranslator>();
        return name is null
            ? new LookupPlan(ByKey(filters, definition, forms.KeyAsTyped(code!)), key.Name, code!)
            : new LookupPlan(ByName(filters, definition, name), NameArgument, name);
    }

    /// <summary>
    /// The error for a lookup that matched nothing. Where the value is the other form (a name given as a code, or
    /// a code as a name) one more statement finds the row, and the message gives both ways to ask for it.
    /// </summary>
    public async Task<ExecutionError> MissAsync(IServiceProvider services, EntityDefinition definition, CancellationToken cancellationToken)
    {
        var key = definition.LookupKey!;
        var forms = definition.LookupForms!;
        var byName = Argument == NameArgument;
        if (forms.Names.Count > 0)
        {
            var filters = services.GetRequiredService<FilterTranslator>();
            var other = byName ? ByKey(filters, definition, forms.KeyAsTyped(Value)) : ByName(filters, definition, Value);
            var found = await services.GetRequiredService<QueryEngine>().RowsAsync(
                new RowsQuery(Projection.All(definition.Table), other, [], 0, 1, false), cancellationToken);
            if (found.Rows is [var row])
            {
                return new FilterException("NOT_FOUND", byName
                    ? $"\"{Value}\" is {forms.KeyNoun}, not a name: use {key.Name}: \"{key.Getter(row)}\" or {NameArgument}: \"{forms.Names[0].Getter(row)}\""
                    : $"\"{Value}\" is a name, not {forms.KeyNoun}: use {NameArgument}: \"{Value}\" or {key.Name}: \"{key.Getter(row)}\"");
            }
        }

        return new FilterException("NOT_FOUND", $"No {definition.TypeName.ToLowerInvariant()} has {(byName ? "the name" : forms.KeyNoun)} \"{Value}\". {forms.Accepted}");
    }

    private static Condition? ByKey(FilterTranslator filters, EntityDefinition definition, string key) =>
        filters.Where(definition, Equals(definition.LookupKey!.Name, key), definition.LookupKey.Name);

    // Each name field on its own, so that an error in the value names the argument and the field.
    private static AnyOf ByName(FilterTranslator filters, EntityDefinition definition, string name) =>
        new([.. definition.LookupForms!.Names.Select(field => filters.Where(definition, Equals(field.Name, name), NameArgument)!)]);

    private static Dictionary<string, object?> Equals(string field, string value) =>
        new() { [field] = new Dictionary<string, object?> { ["eq"] = value } };
}
