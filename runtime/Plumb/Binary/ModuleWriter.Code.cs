using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleWriter
{
    /// <summary>vec(code): each body's size, its local runs and its instructions (https://webassembly.github.io/spec/core/binary/modules.html#code-section).</summary>
    private static void WriteCodeSection(ByteWriter w, Module module)
    {
        w.WriteLength(module.Codes.Length);
        var body = new ByteWriter();
        foreach (var function in module.Codes)
        {
            body.Clear();
            body.WriteLength(function.Locals.Length);
            foreach (var run in function.Locals)
            {
                body.WriteU32(run.Count);
                body.WriteByte((byte)run.Type);
            }
            foreach (var instruction in function.Code)
            {
                WriteInstruction(body, instruction, function.Vectors.AsSpan());
            }
            w.WriteLength(body.Length);
            w.WriteBytes(body.WrittenSpan);
        }
    }

    /// <summary>A constant expression and its final <c>end</c>; a missing one (not decoded, or not set) as just the <c>end</c>.</summary>
    private static void WriteConstExpr(ByteWriter w, ConstExpr? expr)
    {
        if (expr is not null)
        {
            foreach (var instruction in expr.Instructions)
            {
                WriteInstruction(w, instruction, expr.Vectors.AsSpan());
            }
        }
        w.WriteByte(0x0B);
    }
}
