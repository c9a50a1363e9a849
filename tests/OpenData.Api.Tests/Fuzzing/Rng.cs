using CsCheck;

namespace OpenData.Api.Tests.Fuzzing;

/// <summary>
/// The generators' only source of chance: CsCheck's PCG, so that a seed CsCheck prints regenerates the very
/// same request. Nothing else in a generator may be random.
/// </summary>
public sealed class Rng(PCG pcg)
{
    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => max <= min ? min : min + (int)pcg.Next((uint)(max - min + 1));

    /// <summary>Small values far more often than large ones, so most cases are small and shrinking has somewhere to go.</summary>
    public int Skewed(int min, int max) => Between(min, Between(min, max));

    public bool Chance(double probability) => pcg.Next() < probability * 4294967296.0;

    public byte Byte() => (byte)pcg.Next(256);

    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];

    public List<T> Shuffle<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Between(0, i);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}

/// <summary>A CsCheck generator written as a plain function of the random source, sized for shrinking by <paramref name="measure"/>: CsCheck keeps the failing case of least size.</summary>
public sealed class FunctionGen<T>(Func<Rng, T> generate, Func<T, ulong> measure) : Gen<T>
{
    public override T Generate(PCG pcg, Size? min, out Size size)
    {
        var value = generate(new Rng(pcg));
        size = new Size(measure(value));
        return value;
    }
}
