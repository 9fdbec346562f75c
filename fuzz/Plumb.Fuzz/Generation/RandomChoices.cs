namespace Plumb.Fuzz.Generation;

/// <summary>Choices from a seeded <see cref="Random"/> (deterministic: the seed alone fixes every choice).</summary>
internal sealed class RandomChoices(long seed) : IChoices
{
    private readonly Random _random = new((int)(seed ^ (seed >> 32)));

    /// <inheritdoc />
    public int Int(int min, int max) => min >= max ? min : (int)_random.NextInt64(min, (long)max + 1);

    /// <inheritdoc />
    public ulong Bits() => (ulong)_random.NextInt64() ^ ((ulong)_random.Next() << 63);
}
