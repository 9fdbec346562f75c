namespace Plumb.Fuzz.Generation;

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
