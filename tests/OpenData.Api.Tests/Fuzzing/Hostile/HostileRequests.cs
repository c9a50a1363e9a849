using CsCheck;
using OpenData.Api.Tests.Fuzzing.Schema;

namespace OpenData.Api.Tests.Fuzzing.Hostile;

/// <summary>The kinds of hostile request; <c>FUZZ_HOSTILE_KINDS</c> takes a comma-separated list of these names.</summary>
public enum HostileKind
{
    Truncated,
    ByteFlips,
    HugeNumbers,
    UnicodeEdges,
    WrongVariables,
    DeepSelections,
    DeepFilters,
    DeepListValues,
    DeepVariables,
    ManyAliases,
    RepeatedFields,
    FragmentBomb,
    WideOr,
    HugeIn,
    LongLine,
    PagingExtremes,
    Cursors,
    RandomBytes,
}

/// <summary>Mutations and garbage of valid queries, and bombs aimed at the schema's targets, as HTTP requests.</summary>
public static class HostileRequests
{
    private static readonly Dictionary<HostileKind, Func<HostileContext, HostilePayload>> _generators = new()
    {
        [HostileKind.Truncated] = Mutations.Truncated,
        [HostileKind.ByteFlips] = Mutations.ByteFlips,
        [HostileKind.HugeNumbers] = Mutations.HugeNumbers,
        [HostileKind.UnicodeEdges] = Mutations.UnicodeEdges,
        [HostileKind.WrongVariables] = Mutations.WrongVariables,
        [HostileKind.DeepSelections] = Bombs.DeepSelections,
        [HostileKind.DeepFilters] = Bombs.DeepFilters,
        [HostileKind.DeepListValues] = Bombs.DeepListValues,
        [HostileKind.DeepVariables] = Bombs.DeepVariables,
        [HostileKind.ManyAliases] = Bombs.ManyAliases,
        [HostileKind.RepeatedFields] = Bombs.RepeatedFields,
        [HostileKind.FragmentBomb] = Bombs.FragmentBomb,
        [HostileKind.WideOr] = Bombs.WideOr,
        [HostileKind.HugeIn] = Bombs.HugeIn,
        [HostileKind.LongLine] = Bombs.LongLine,
        [HostileKind.PagingExtremes] = Extremes.PagingExtremes,
        [HostileKind.Cursors] = Extremes.Cursors,
        [HostileKind.RandomBytes] = Extremes.RandomBytes,
    };

    /// <summary>The kinds named (comma-separated), or all of them.</summary>
    public static IReadOnlyList<HostileKind> Kinds(string? names) => string.IsNullOrWhiteSpace(names)
        ? Enum.GetValues<HostileKind>()
        : [.. names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<HostileKind>)];

    public static Gen<FuzzRequest> Create(IntrospectedSchema schema, HostileKind kind)
    {
        var targets = Targets.Of(schema);
        return new FunctionGen<FuzzRequest>(
            rng => _generators[kind](new HostileContext(schema, targets, rng)).ToRequest(kind.ToString(), rng),
            request => request.Size);
    }
}
