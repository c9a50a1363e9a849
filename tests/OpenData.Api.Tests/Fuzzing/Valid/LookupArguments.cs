using OpenData.Api.Tests.Fuzzing.Schema;

namespace OpenData.Api.Tests.Fuzzing.Valid;

/// <summary>
/// Arguments that must match a row: a lookup that matches nothing is a NOT_FOUND error by design, and code and
/// name together (or neither) is INVALID_LOOKUP, so a valid query gives exactly one, in a form the data holds.
/// </summary>
public static class LookupArguments
{
    private static readonly Dictionary<string, string[]> _matching = new(StringComparer.Ordinal)
    {
        ["department.code"] = ["17", "01", "1", "22"],
        ["department.name"] = ["peten", "Petén", "PETEN", "Quiché"],
        ["program.code"] = ["women", "community-homes"],
        ["program.name"] = ["MCSM", "mis anos dorados", "Hogares Comunitarios"],
        ["period.code"] = ["2021-T1", "2021-t1"],
        ["profile.period"] = ["2021-T1", "2021-t1"],
    };

    // A collection's period: names a loaded term or LATEST; any other text is NOT_FOUND by design.
    private static readonly string[] _terms = ["2021-T1", "2021-t1", "LATEST", "latest"];

    public static bool Handles(SchemaField field, InputField argument) =>
        _matching.ContainsKey(Key(field, argument)) || argument.Name == "period";

    /// <summary>One matching argument; a lone optional one (profile's period) may be left out.</summary>
    public static IEnumerable<string> For(SchemaField field, Rng rng)
    {
        var lookups = field.Args.Where(a => Handles(field, a)).ToList();
        if (lookups.Count == 0 || (lookups is [{ Type.IsNonNull: false }] && rng.Chance(0.5)))
        {
            return [];
        }

        var chosen = rng.Pick(lookups);
        var values = _matching.TryGetValue(Key(field, chosen), out var known) ? known : _terms;
        return [$"{chosen.Name}: \"{rng.Pick(values)}\""];
    }

    private static string Key(SchemaField field, InputField argument) => $"{field.Name}.{argument.Name}";
}
