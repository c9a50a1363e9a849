using OpenData.Api.Tests.Fuzzing.Schema;

namespace OpenData.Api.Tests.Fuzzing.Valid;

/// <summary>
/// Arguments that must match a row: a term that is not loaded is a NOT_FOUND error by design, so a valid query
/// gives one in a form the data holds.
/// </summary>
public static class LookupArguments
{
    private static readonly Dictionary<string, string[]> _matching = new(StringComparer.Ordinal)
    {
        ["profile.period"] = ["2021-T1", "2021-t1"],
    };

    public static bool Handles(SchemaField field, InputField argument) => _matching.ContainsKey(Key(field, argument));

    /// <summary>One matching argument; a lone optional one (profile's period) may be left out.</summary>
    public static IEnumerable<string> For(SchemaField field, Rng rng)
    {
        var lookups = field.Args.Where(a => Handles(field, a)).ToList();
        if (lookups.Count == 0 || (lookups is [{ Type.IsNonNull: false }] && rng.Chance(0.5)))
        {
            return [];
        }

        var chosen = rng.Pick(lookups);
        return [$"{chosen.Name}: \"{rng.Pick(_matching[Key(field, chosen)])}\""];
    }

    private static string Key(SchemaField field, InputField argument) => $"{field.Name}.{argument.Name}";
}
