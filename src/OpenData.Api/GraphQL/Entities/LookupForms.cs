namespace OpenData.Api.GraphQL.Entities;

/// <summary>
/// How people ask for one row beyond its exact key, and what to tell them when a lookup finds nothing: the key
/// as they type it ("1" for department "01"), the names it is also found by (matched folded), and the forms
/// accepted, for the error that says so.
/// </summary>
public sealed record LookupForms(string KeyNoun, string Accepted)
{
    /// <summary>The key as stored, from the key as typed.</summary>
    public Func<string, string> KeyAsTyped { get; init; } = key => key;

    /// <summary>Text fields the `name` argument matches, ignoring case and accents; none means no `name` argument.</summary>
    public IReadOnlyList<ScalarField> Names { get; init; } = [];

    /// <summary>The `name` argument's description in the schema.</summary>
    public string NameDescription { get; init; } = "";

    /// <summary>The key argument's description, where it says more than the field's (what it accepts besides the stored form).</summary>
    public string? KeyDescription { get; init; }
}
