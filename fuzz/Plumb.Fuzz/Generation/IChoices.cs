namespace Plumb.Fuzz.Generation;

/// <summary>
/// The one source of every decision the generator makes, so that a seed or a fuzzer's bytes
/// determine the whole module (fuzz/RATIONALE.md, "How are valid modules generated?").
/// Every choice's smallest value is the one that ends loops and picks the simplest option, so a
/// byte source that has run out still yields a small valid module.
/// </summary>
internal interface IChoices
{
    /// <summary>A value in [<paramref name="min"/>, <paramref name="max"/>]; <paramref name="min"/> when out of input.</summary>
    int Int(int min, int max);

    /// <summary>64 arbitrary bits; zero when out of input.</summary>
    ulong Bits();
}

/// <summary>Choices from a seeded <see cref="Random"/> (deterministic: the seed alone fixes every choice).</summary>
internal sealed class RandomChoices(long seed) : IChoices
{
    private readonly Random _random = new((int)(seed ^ (seed >> 32)));

    /// <inheritdoc />
    public int Int(int min, int max) => min >= max ? min : (int)_random.NextInt64(min, (long)max + 1);

    /// <inheritdoc />
    public ulong Bits() => (ulong)_random.NextInt64() ^ ((ulong)_random.Next() << 63);
}

/// <summary>
/// Choices read from raw bytes, as Rust's <c>arbitrary</c> does: each choice consumes just enough
/// bytes for its range, so a coverage-guided fuzzer's mutations steer the module shape.
/// </summary>
internal sealed class ByteChoices(byte[] input) : IChoices
{
    private readonly byte[] _input = input;
    private int _position;

    /// <inheritdoc />
    public int Int(int min, int max)
    {
        if (min >= max)
        {
            return min;
        }
        ulong range = (ulong)((long)max - min);
        ulong value = 0;
        for (ulong covered = 0; covered < range && _position < _input.Length; covered = (covered << 8) | 0xFF)
        {
            value = (value << 8) | _input[_position++];
        }
        return (int)(min + (long)(value % (range + 1)));
    }

    /// <inheritdoc />
    public ulong Bits()
    {
        ulong value = 0;
        for (int i = 0; i < 8 && _position < _input.Length; i++)
        {
            value |= (ulong)_input[_position++] << (8 * i);
        }
        return value;
    }
}
