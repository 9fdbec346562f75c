using Plumb.Structure;

namespace Plumb.Binary;

internal static partial class ModuleWriter
{
    /// <summary>vec(code): each body's size, its local runs and its instructions (https://webassembly.github.io/spec/core/binary/modules.html#code-section).</summary>
    /// <remarks>
    /// <paramref name="offsets"/>, when given, receives each instruction's offset in <paramref name="w"/>, per function:
    /// the text encoder's map from instruction to source position (wast-parser/RATIONALE.md, "How does a
    /// validation error of a text module find its line?").
    /// </remarks>
    private static void WriteCodeSection(ByteWriter w, Module module, int[][]? offsets = null)
    {
        w.WriteLength(module.Codes.Length);
        var body = new ByteWriter();
        for (int f = 0; f < module.Codes.Length; f++)
        {
            var function = module.Codes[f];
            int[]? at = offsets is null ? null : offsets[f] = new int[function.Code.Length];
            body.Clear();
            body.WriteLength(function.Locals.Length);
            foreach (var run in function.Locals)
            {
                body.WriteU32(run.Count);
                body.WriteByte((byte)run.Type);
            }
            for (int i = 0; i < function.Code.Length; i++)
            {
                if (at is not null)
                {
                    at[i] = body.Length;
                }
                WriteInstruction(body, function.Code[i], function.Vectors.AsSpan());
            }
            w.WriteLength(body.Length);
            if (at is not null)
            {
                for (int i = 0; i < at.Length; i++)
                {
                    at[i] += w.Length;
                }
            }
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
