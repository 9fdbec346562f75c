using System.Reflection;
using Plumb.Engines.Interpreter;
using Plumb.Generator;
using Plumb.Generator.Interpreter;
using Plumb.Instructions;
using Xunit.Abstractions;

namespace Plumb.Tests.Engines.Interpreter;

/// <summary>
/// The interpreter's loop (<c>Machine.Execute</c>, with a handler per loop code and a copy of the switch per
/// dispatch site) and its loop codes are generated whole by runtime/Plumb.Generator
/// (scripts/generate-interpreter.sh). The checked-in files must be what it writes, every code the translator
/// emits must reach a handler of its own (or be <see cref="RegisterOp.Other"/>), and the loop must stay
/// small enough for the JIT to optimize it.
/// </summary>
public class DispatchTests(ITestOutputHelper output)
{
    [Fact]
    public void GeneratedFilesAreWhatTheGeneratorWrites()
    {
        var files = Generated.Files();
        Assert.Equal(files, Generated.Files());
        foreach (var (path, text) in files)
        {
            string file = Path.Combine(Spec.SpecCorpus.RepoRoot, path);
            Assert.True(File.Exists(file), $"{path} is missing: run scripts/generate-interpreter.sh");
            string[] expected = text.Split('\n');
            string[] actual = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            for (int i = 0; i < Math.Max(expected.Length, actual.Length); i++)
            {
                string? want = i < expected.Length ? expected[i] : null;
                string? have = i < actual.Length ? actual[i] : null;
                Assert.True(want == have,
                    $"{path} differs from the generator's output at line {i + 1}: run scripts/generate-interpreter.sh\n" +
                    $"  file:      {have ?? "(end of file)"}\n  generator: {want ?? "(end of file)"}");
            }
        }
    }

    [Fact]
    public void EveryLoopCodeIsAHandlerInTheLoopsOrder()
    {
        var loop = Loop.Build();
        Assert.Equal(loop.Handlers.Select(h => h.Label), Enum.GetNames<LoopCode>());
        for (int i = 0; i < loop.Handlers.Count; i++)
        {
            var handler = loop.Handlers[i];
            var code = (LoopCode)i;
            if (handler.Code is { } translated)
            {
                Assert.Equal(code, LoopCodes.Of(translated));
                Assert.Equal(translated, LoopCodes.CodeOf(code));
            }
            else
            {
                Assert.Equal(LoopCode.Other, code);
            }
            // A built function holds byte offsets exactly in the fields the handler reads as slots.
            Assert.Equal(loop.SlotFields(handler), LoopCodes.SlotFields[i]);
        }
    }

    [Fact]
    public void EveryCodeTheTranslatorEmitsHasAHandlerOrIsOther()
    {
        // Every form of every row that has it.
        int forms = 0;
        foreach (var info in InstructionTable.All)
        {
            foreach (var (form, offset, has) in RegisterOpTests.Forms)
            {
                if (has(info.Opcode))
                {
                    AssertHandled(info.Opcode + offset, $"{info.Opcode} + {form}");
                    forms++;
                }
            }
        }
        Assert.True(forms > 300, $"only {forms} forms");
        // The rows the loop runs as they are, and the call resolved at translation; every other row reaches
        // the loop as RegisterOp.Other, which hands it on by its row.
        foreach (var info in InstructionTable.All.Where(i => (int)i.Opcode < RegisterOp.First))
        {
            if (RegisterOpTests.LoopRows.Contains(info.Opcode))
            {
                AssertHandled(info.Opcode, info.Mnemonic);
            }
            else
            {
                Assert.Equal(LoopCode.Other, LoopCodes.Of(info.Opcode));
            }
        }
        AssertHandled(RegisterOp.CallDirect, nameof(RegisterOp.CallDirect));
        Assert.Equal(LoopCode.Other, LoopCodes.Of(RegisterOp.Other));

        // What the translator emits for the benchmark kernels. A built function keeps loop codes, so a code
        // without a handler would read back as Other, its row one the loop handles (a form op leaves it 0,
        // unreachable). Rows from First up share their values with forms' codes and never reach the loop themselves.
        foreach (string path in Directory.GetFiles(Path.Combine(Spec.SpecCorpus.RepoRoot, "corpora", "bench"), "*.wasm", SearchOption.AllDirectories))
        {
            var validated = Plumb.Validation.Validator.Validate(Plumb.Binary.ModuleReader.Read(File.ReadAllBytes(path)));
            foreach (var function in Translator.TranslateAll(validated))
            {
                for (int i = 0; i < function.Length; i++)
                {
                    var op = function.Op(i);
                    if (op.Code == RegisterOp.Other)
                    {
                        Assert.True((int)op.Row >= RegisterOp.First || LoopCodes.Of(op.Row) == LoopCode.Other, $"{Path.GetFileName(path)}: {op}, row {op.Row}");
                    }
                    else
                    {
                        AssertHandled(op.Code, op.ToString());
                    }
                }
            }
        }

        static void AssertHandled(Opcode code, string what)
        {
            var loop = LoopCodes.Of(code);
            Assert.True(loop != LoopCode.Other, $"{what} has no handler: add a template to runtime/Plumb.Generator");
            Assert.Equal(code, LoopCodes.CodeOf(loop));
        }
    }

    [Fact]
    public void TheLoopStaysSmallEnoughForTheJitToOptimize()
    {
        // The JIT compiles a method of more than 60,000 bytes of IL without optimization (MinOpts),
        // which makes the interpreter about twice as slow. Each dispatch site's switch costs about
        // 1.5 KB: a new handler or site must fit, or rarer handlers move out of the loop.
        var execute = typeof(Machine).GetMethod("Execute", BindingFlags.Instance | BindingFlags.NonPublic)!;
        int size = execute.GetMethodBody()!.GetILAsByteArray()!.Length;
        output.WriteLine($"Machine.Execute: {size} bytes of IL");
        Assert.True(size < 60_000, $"Machine.Execute has {size} bytes of IL; the JIT stops optimizing above 60,000");
    }
}
