using System.Text;

namespace Plumb.Generator.Interpreter;

/// <summary>
/// Writes <c>LoopCode</c> (the dense codes the switches read, one per handler in the handlers' order) and
/// <c>LoopCodes</c> (the mapping from and back to the translator's codes, and which fields each handler reads as slots).
/// </summary>
internal static class LoopCodeFile
{
    /// <summary>The file's path from the repository root.</summary>
    public const string Path = "runtime/Plumb/Engines/Interpreter/LoopCode.g.cs";

    /// <summary>The file's text.</summary>
    public static string Write(Loop loop)
    {
        var coded = loop.Handlers.Where(h => h.Code is not null).ToList();
        var fallback = loop.Handlers[^1];
        var text = new StringBuilder();
        text.Append(Generated.Header);
        text.Append("""
            using Plumb.Instructions;

            namespace Plumb.Engines.Interpreter;

            /// <summary>
            /// The codes the interpreter's loop switches on: one per handler of <c>Machine.Execute</c>, dense from 0,
            /// so that every dispatch site's jump table has no gaps. A built <see cref="InterpretedFunction"/>
            /// holds these in place of the translator's codes (see <see cref="LoopCodes"/>).
            /// </summary>
            internal enum LoopCode : ushort
            {

            """);
        foreach (var handler in loop.Handlers)
        {
            text.Append($"    {handler.Label},\n");
        }
        text.Append("""
            }

            /// <summary>The mapping between the translator's codes (table rows and register forms) and <see cref="LoopCode"/>.</summary>
            internal static class LoopCodes
            {
                /// <summary>The loop code of a translated op's code; codes without a handler of their own are <see cref="LoopCode.Other"/>.</summary>
                public static LoopCode Of(Opcode code) => code switch
                {

            """);
        foreach (var handler in coded)
        {
            text.Append($"        {handler.CaseText} => LoopCode.{handler.Label},\n");
        }
        text.Append($"        _ => LoopCode.{fallback.Label},\n");
        text.Append("""
                };

                /// <summary>
                /// Which fields of an op hold slots, per loop code (bits: 1 A, 2 B, 4 C, 8 D, 16 H): a built
                /// <see cref="InterpretedFunction"/> holds them as byte offsets from the frame base, which the loop
                /// adds to its frame pointer without scaling. The fields each handler's template reads as slots, and
                /// those of the blocks it goes on to with the same op.
                /// </summary>
                public static ReadOnlySpan<byte> SlotFields =>
                [

            """);
        foreach (var handler in loop.Handlers)
        {
            text.Append($"        {loop.SlotFields(handler)}, // {handler.Label}\n");
        }
        text.Append("""
                ];

                /// <summary>The translator's code that <paramref name="loop"/> stands for.</summary>
                public static Opcode CodeOf(LoopCode loop) => loop switch
                {

            """);
        foreach (var handler in coded)
        {
            text.Append($"        LoopCode.{handler.Label} => {handler.CaseText},\n");
        }
        text.Append("""
                    _ => RegisterOp.Other,
                };
            }

            """);
        return text.ToString();
    }
}
