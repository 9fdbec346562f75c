using System.Security.Cryptography;
using System.Text;
using Plumb.Text;

namespace Plumb.Harness.Tests;

/// <summary>
/// Random valid functions (locals, i32 arithmetic, memory, nested blocks, loops, ifs and branches that
/// keep values) run on Plumb's interpreter and on Wasmtime: results, traps and memory must agree. The
/// interpreter's register-style translator reorders reads of locals and fuses ops; the spec suites do
/// not reach every combination of those. A seed of the differential fuzzing to come (fuzz/).
/// </summary>
public class DifferentialTests
{
    private static readonly (int, int)[] Arguments = [(0, 0), (1, 2), (-1, 7), (123456, -99), (65530, 3)];

    [Fact]
    public void InterpreterAgreesWithWasmtimeOnRandomPrograms()
    {
        using var engine = new Wasmtime.Engine();
        var failures = new List<string>();
        // PLUMB_DIFFERENTIAL_SEEDS=FIRST:COUNT runs other seeds (a longer run, locally).
        var range = (Environment.GetEnvironmentVariable("PLUMB_DIFFERENTIAL_SEEDS") ?? "0:1000").Split(':');
        int first = int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture);
        int count = int.Parse(range[1], System.Globalization.CultureInfo.InvariantCulture);
        for (int seed = first; seed < first + count && failures.Count < 3; seed++)
        {
            string wat = new ProgramGenerator(new Random(seed)).Module();
            byte[] bytes = Wat.ToBinary(wat);
            foreach (var (a, b) in Arguments)
            {
                string plumb = RunPlumb(bytes, a, b), wasmtime = RunWasmtime(engine, bytes, a, b);
                if (plumb != wasmtime)
                {
                    failures.Add($"seed {seed}, f({a}, {b}): interpreter {plumb}, wasmtime {wasmtime}\n{wat}");
                    break;
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static string RunPlumb(byte[] bytes, int a, int b)
    {
        using var runtime = WasmRuntime.Create();
        var instance = runtime.Instantiate(runtime.Compile(bytes));
        string result;
        try
        {
            result = instance.GetFunction<int, int, int>("f")!(a, b).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (WasmTrapException trap)
        {
            result = "trap " + trap.Kind;
        }
        var memory = new byte[256];
        instance.GetMemory("m")!.Read(0, memory);
        return result + " memory " + Convert.ToHexString(SHA256.HashData(memory))[..16];
    }

    private static string RunWasmtime(Wasmtime.Engine engine, byte[] bytes, int a, int b)
    {
        using var module = Wasmtime.Module.FromBytes(engine, "m", bytes);
        using var store = new Wasmtime.Store(engine);
        using var linker = new Wasmtime.Linker(engine);
        var instance = linker.Instantiate(store, module);
        string result;
        try
        {
            result = instance.GetFunction<int, int, int>("f")!(a, b).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Wasmtime.TrapException trap)
        {
            result = "trap " + trap.Type switch
            {
                Wasmtime.TrapCode.MemoryOutOfBounds => nameof(TrapKind.OutOfBoundsMemoryAccess),
                Wasmtime.TrapCode.IntegerDivisionByZero => nameof(TrapKind.IntegerDivideByZero),
                Wasmtime.TrapCode.IntegerOverflow => nameof(TrapKind.IntegerOverflow),
                var other => other.ToString(),
            };
        }
        var memory = instance.GetMemory("m")!.GetSpan(0, 256).ToArray();
        return result + " memory " + Convert.ToHexString(SHA256.HashData(memory))[..16];
    }

    /// <summary>
    /// Writes one function <c>f(i32, i32) -> i32</c> with seven locals, a tracked operand depth, and
    /// structured control whose branches always end (loops count down a local of their own and are never
    /// branched back to).
    /// </summary>
    private sealed class ProgramGenerator(Random random)
    {
        private static readonly string[] Binary =
        [
            "i32.add", "i32.sub", "i32.mul", "i32.and", "i32.or", "i32.xor", "i32.shl", "i32.shr_u", "i32.shr_s",
            "i32.lt_s", "i32.eq", "i32.ne", "i32.gt_u", "i32.div_u", "i32.rem_s", "i32.le_s", "i32.ge_u", "i32.rotl",
        ];

        private const int LoopLabel = 2;
        private readonly StringBuilder _text = new();
        private readonly List<int> _labels = [];   // arity of each enclosing label (0 or 1), or LoopLabel
        private int _depth;
        private int _budget = 60;
        private int _counters;

        public string Module()
        {
            _text.Append("(module (memory (export \"m\") 1) (func (export \"f\") (param i32 i32) (result i32) (local i32 i32 i32 i32 i32 i32 i32)\n");
            Body(0);
            Close(1);
            _text.Append("))");
            return _text.ToString();
        }

        private void Emit(string instruction, int effect)
        {
            _text.Append(' ').Append(instruction).Append('\n');
            _depth += effect;
        }

        private int Local() => random.Next(random.Next(3) == 0 ? 7 : 3);   // mostly a few locals, so that reads and writes of one meet

        private void Body(int nest)
        {
            int count = random.Next(3, 12);
            for (int i = 0; i < count && _budget-- > 0; i++)
            {
                Step(nest);
            }
        }

        private void Step(int nest)
        {
            int choice = random.Next(100);
            if (_depth == 0 || choice < 25 && _depth < 6)
            {
                if (random.Next(2) == 0)
                {
                    Emit($"i32.const {(random.Next(3) == 0 ? random.Next() - int.MaxValue / 2 : random.Next(-4, 300))}", 1);
                }
                else
                {
                    Emit($"local.get {Local()}", 1);
                }
            }
            else if (choice < 45 && _depth >= 2)
            {
                Emit(Binary[random.Next(Binary.Length)], -1);
            }
            else if (choice < 50)
            {
                Emit(random.Next(3) switch { 0 => "i32.eqz", 1 => "i32.clz", _ => "i32.popcnt" }, 0);
            }
            else if (choice < 58)
            {
                Emit($"local.set {Local()}", -1);
            }
            else if (choice < 64)
            {
                Emit($"local.tee {Local()}", 0);
            }
            else if (choice < 67)
            {
                Emit("drop", -1);
            }
            else if (choice < 70 && _depth >= 3)
            {
                Emit("select", -2);
            }
            else if (choice < 75)
            {
                Emit("i32.const 255", 1);
                Emit("i32.and", -1);
                Emit($"{(random.Next(2) == 0 ? "i32.load" : "i32.load8_u")} offset={random.Next(8)}", 0);
            }
            else if (choice < 80)
            {
                // The value goes through local 6 so that the address can be computed under it.
                Emit("local.set 6", -1);
                Emit($"local.get {Local()}", 1);
                Emit("i32.const 255", 1);
                Emit("i32.and", -1);
                Emit("local.get 6", 1);
                Emit($"{(random.Next(2) == 0 ? "i32.store" : "i32.store8")} offset={random.Next(8)}", -2);
            }
            else if (choice < 83)
            {
                // A store whose address is added up before its value is computed.
                Emit($"local.get {Local()}", 1);
                Emit("i32.const 127", 1);
                Emit("i32.and", -1);
                Emit($"i32.const {random.Next(-8, 64)}", 1);
                Emit("i32.add", -1);
                Emit($"local.get {Local()}", 1);
                Emit($"i32.const {random.Next(-4, 300)}", 1);
                Emit(Binary[random.Next(Binary.Length)], -1);
                Emit($"{(random.Next(2) == 0 ? "i32.store" : "i32.store8")} offset={random.Next(8)}", -2);
            }
            else if (choice < 84)
            {
                // A store whose address is a constant plus a computed value: the computed value sits in the
                // slot the store's value is then computed into, so the two ops must not be reordered.
                Emit($"i32.const {random.Next(0, 64)}", 1);
                Emit($"local.get {Local()}", 1);
                Emit($"i32.const {random.Next(1, 4)}", 1);
                Emit("i32.shl", -1);
                Emit("i32.const 127", 1);
                Emit("i32.and", -1);
                Emit("i32.add", -1);
                Emit($"local.get {Local()}", 1);
                Emit(random.Next(2) == 0 ? "i32.popcnt" : "i32.clz", 0);
                Emit($"{(random.Next(2) == 0 ? "i32.store" : "i32.store16")} offset={random.Next(8)}", -2);
            }
            else if (choice < 86)
            {
                // Memory updated in place (mem[x] = y op mem[x]) through a masked address in local 5.
                Emit($"local.get {Local()}", 1);
                Emit("i32.const 252", 1);
                Emit("i32.and", -1);
                Emit("local.set 5", -1);
                Emit("local.get 5", 1);
                Emit($"local.get {Local()}", 1);
                Emit("local.get 5", 1);
                Emit("i32.load offset=4", 0);
                Emit(random.Next(4) switch { 0 => "i32.add", 1 => "i32.sub", 2 => "i32.xor", _ => "i32.mul" }, -1);
                Emit("i32.store offset=4", -2);
            }
            else if (choice < 89 && nest < 4)
            {
                Block(nest, random.Next(2));
            }
            else if (choice < 92 && nest < 4 && _counters < 2)
            {
                Loop(nest);
            }
            else if (choice < 96 && nest < 4)
            {
                If(nest);
            }
            else if (_labels.Count > 0)
            {
                BranchIf();
            }
            else
            {
                Emit($"local.get {Local()}", 1);
            }
        }

        private void BranchIf()
        {
            int target = random.Next(_labels.Count);
            int arity = _labels[_labels.Count - 1 - target];
            if (arity == LoopLabel)
            {
                Emit($"local.get {Local()}", 1);
                return;
            }
            if (arity == 1 && _depth < 1)
            {
                Emit("local.get 0", 1);
            }
            Emit($"local.get {Local()}", 1);
            if (arity == 0)
            {
                Emit($"i32.const {random.Next(3)}", 1);
                Emit("i32.gt_u", -1);
            }
            Emit($"br_if {target}", -1);
        }

        private void Block(int nest, int arity)
        {
            int saved = _depth;
            Nested(nest, "block", arity, withElse: false);
            _depth = saved + arity;
        }

        private void If(int nest)
        {
            if (_depth == 0)
            {
                Emit($"local.get {Local()}", 1);
            }
            int saved = _depth - 1;
            int arity = random.Next(2);
            Nested(nest, "if", arity, withElse: true);
            _depth = saved + arity;
        }

        /// <summary>A block or if of the given arity, its body (or both arms) leaving exactly that many values.</summary>
        private void Nested(int nest, string kind, int arity, bool withElse)
        {
            _text.Append(arity == 1 ? $" {kind} (result i32)\n" : $" {kind}\n");
            _labels.Add(arity);
            Arm(nest, arity);
            if (withElse)
            {
                _text.Append(" else\n");
                Arm(nest, arity);
            }
            _labels.RemoveAt(_labels.Count - 1);
            _text.Append(" end\n");
        }

        private void Arm(int nest, int arity)
        {
            _depth = 0;
            Body(nest + 1);
            Close(arity);
        }

        private void Loop(int nest)
        {
            int counter = 7 + _counters++;
            int saved = _depth;
            _text.Append($" i32.const {random.Next(1, 5)} local.set {counter}\n loop\n");
            _depth = 0;
            _labels.Add(LoopLabel);
            Body(nest + 1);
            Close(0);
            // Counted down three ways: the last two end as one fused step-and-test op.
            _text.Append(random.Next(3) switch
            {
                0 => $" local.get {counter} i32.const 1 i32.sub local.tee {counter} br_if 0\n end\n",
                1 => $" local.get {counter} i32.const -1 i32.add local.tee {counter} i32.const 0 i32.gt_s br_if 0\n end\n",
                _ => $" i32.const 0 local.get {counter} i32.const -1 i32.add local.tee {counter} i32.lt_s br_if 0\n end\n",
            });
            _labels.RemoveAt(_labels.Count - 1);
            _counters--;
            _depth = saved;
        }

        private void Close(int arity)
        {
            while (_depth > arity)
            {
                Emit("drop", -1);
            }
            while (_depth < arity)
            {
                Emit($"local.get {Local()}", 1);
            }
        }
    }
}
