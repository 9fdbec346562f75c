using System.Collections.Immutable;
using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleReader
{
    /// <summary>
    /// The code section (https://webassembly.github.io/spec/core/binary/modules.html#code-section):
    /// vec(code), each a size, then local declarations and the body expression.
    /// </summary>
    private static ImmutableArray<FunctionBody> ReadCodeSection(ref ByteReader r, DecodeState state)
    {
        int count = r.ReadLength();
        var bodies = ImmutableArray.CreateBuilder<FunctionBody>(count);
        var code = new List<Instruction>();
        var vectors = new List<uint>();
        for (int i = 0; i < count; i++)
        {
            int bodyOffset = r.OffsetOf(r.Position);
            int size = r.ReadLength();
            int start = r.Position;
            var locals = ReadLocals(ref r, state);
            code.Clear();
            vectors.Clear();
            ReadExpression(ref r, state, code, vectors, inFunction: true);
            if (r.Position != start + size)
            {
                throw r.Error(MalformedMessages.SectionSizeMismatch, start);
            }
            bodies.Add(new FunctionBody(locals, [.. code], [.. vectors]) { Offset = bodyOffset });
        }
        return bodies.MoveToImmutable();
    }

    /// <summary>
    /// vec(locals): runs of (count, type). The runs are kept as runs, so a declaration of 2^32 − 1
    /// locals costs a few bytes here; their sum must fit in a u32.
    /// </summary>
    private static ImmutableArray<LocalRun> ReadLocals(ref ByteReader r, DecodeState state)
    {
        int position = r.Position;
        int count = r.ReadLength();
        var runs = ImmutableArray.CreateBuilder<LocalRun>(count);
        ulong total = 0;
        for (int i = 0; i < count; i++)
        {
            uint n = r.ReadU32();
            total += n;
            runs.Add(new LocalRun(n, ReadValType(ref r, state)));
        }
        if (total > uint.MaxValue)
        {
            throw r.Error(MalformedMessages.TooManyLocals, position);
        }
        return runs.MoveToImmutable();
    }
}
