using System.Runtime.Intrinsics;
using System.Text;
using System.Text.RegularExpressions;
using Plumb.Instructions;
using Xunit.Abstractions;

namespace Plumb.Tests.Engines;

/// <summary>
/// Every row of the instruction table, executed on every Plumb engine and compared with Wasmtime:
/// results bit for bit (but for NaNs the spec leaves open), trap kinds, and memory after each call.
/// A row with no handler in an engine fails here by name, as does a row with no case (see
/// <see cref="RowModules"/>).
/// </summary>
public sealed class InstructionRowTests(WasmtimeOracle oracle, ITestOutputHelper output) : IClassFixture<WasmtimeOracle>
{
    /// <summary>Failures listed in one message, at most.</summary>
    private const int ReportedFailures = 12;

    public static TheoryData<EngineKind, string> EnginesAndRows()
    {
        var data = new TheoryData<EngineKind, string>();
        foreach (var engine in PlumbEngines.All)
        {
            foreach (string key in RowModules.Keys)
            {
                data.Add(engine, key);
            }
        }
        return data;
    }

    [Fact]
    public void EveryRowHasACase()
    {
        var missing = new List<string>();
        foreach (string key in RowModules.Keys)
        {
            try
            {
                var rowCase = RowModules.For(key);
                // A hand-written module that never names its row would test something else.
                Assert.Matches($@"(^|[\s(]){Regex.Escape(rowCase.Row.Mnemonic)}([\s)]|$)", rowCase.Wat);
            }
            catch (NotSupportedException e)
            {
                missing.Add(e.Message);
            }
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
        Assert.Equal(InstructionTable.All.Length, RowModules.Keys.Distinct().Count());
        Assert.Empty(RowModules.CustomKeys.Except(RowModules.Keys));
    }

    [Theory]
    [MemberData(nameof(EnginesAndRows))]
    public void RowAgreesWithWasmtime(EngineKind engine, string row)
    {
        var rowCase = RowModules.For(row);
        var expected = oracle.Run(rowCase);
        // A case that traps on every input shows nothing of its row (but for the trap); in a hand-written
        // case every function must return at least once. Generated functions with a constant operand
        // may always trap (a constant divisor 0, a constant address out of bounds).
        var alwaysTrapping = expected.Calls.Select(c => c.Export).Distinct()
            .Where(export => Enumerable.Range(0, expected.Calls.Count).All(i => expected.Calls[i].Export != export || expected.Outcomes[i].Results is null))
            .ToList();
        Assert.True(rowCase.HandWritten ? alwaysTrapping.Count == 0 : expected.Outcomes.Any(o => o.Results is not null),
            $"{row}: these functions trap on every input on Wasmtime: {string.Join(", ", alwaysTrapping)}");

        var actual = RunPlumb(engine, rowCase, expected.Calls, expected.Calls.Count);
        var failures = new List<string>();
        int firstMemoryDifference = -1;
        for (int i = 0; i < expected.Calls.Count; i++)
        {
            // Once memory differs, every later state does: memory is compared up to the first difference only.
            bool compareMemory = firstMemoryDifference < 0;
            string? difference = Difference(rowCase, expected.Calls[i], actual[i], expected.Outcomes[i], compareMemory);
            if (difference is null)
            {
                continue;
            }
            if (compareMemory && actual[i].Memory != expected.Outcomes[i].Memory)
            {
                firstMemoryDifference = i;
            }
            failures.Add(difference);
        }
        output.WriteLine($"{row} on {engine}: {expected.Calls.Count} calls of {expected.Calls.Select(c => c.Export).Distinct().Count()} functions, " +
            $"{expected.Outcomes.Count(o => o.Results is null)} trapped on Wasmtime, {failures.Count} differ");
        if (failures.Count == 0)
        {
            return;
        }
        var message = new StringBuilder($"{row} on {engine}: {failures.Count} of {expected.Calls.Count} calls differ from Wasmtime\n");
        foreach (string failure in failures.Take(ReportedFailures))
        {
            message.Append("  ").Append(failure).Append('\n');
        }
        if (firstMemoryDifference >= 0)
        {
            message.Append("  ").Append(LocateMemoryDifference(engine, rowCase, expected.Calls, firstMemoryDifference + 1)).Append('\n');
        }
        message.Append(rowCase.Wat);
        Assert.Fail(message.ToString());
    }

    /// <summary>Why Plumb's outcome of a call is not Wasmtime's, or null when they agree.</summary>
    private static string? Difference(RowCase rowCase, RowCall call, RowOutcome plumb, RowOutcome wasmtime, bool compareMemory)
    {
        string Mismatch() => $"{call}: {plumb.Describe(call.Results)} but Wasmtime {wasmtime.Describe(call.Results)}";
        if (compareMemory && plumb.Memory != wasmtime.Memory)
        {
            return Mismatch();
        }
        if (wasmtime.Results is null || plumb.Results is null)
        {
            bool sameTrap = wasmtime.Results is null && plumb.Results is null && wasmtime.TrapKinds.Contains(plumb.TrapKinds[0]);
            return sameTrap ? null : Mismatch();
        }
        for (int i = 0; i < call.Results.Length; i++)
        {
            if (!Same(call.Results[i], rowCase.NanLanes, plumb.Results[i], wasmtime.Results[i]))
            {
                return Mismatch();
            }
        }
        return null;
    }

    /// <summary>
    /// Two results of <paramref name="type"/> agree: bit for bit, except that where the row's float
    /// results (or a v128 result's float lanes, <paramref name="nanLanes"/>) are NaN on both sides only
    /// "is NaN" is compared. The spec lets arithmetic produce any NaN with the quiet bit, and engines
    /// differ in the payload and sign they pick
    /// (https://webassembly.github.io/spec/core/exec/numerics.html#nan-propagation). Rows that move
    /// bits without arithmetic (loads, constants, abs, neg, copysign, lane moves) get NanLanes.None.
    /// </summary>
    private static bool Same(ValType type, NanLanes nanLanes, WasmValue plumb, WasmValue wasmtime)
    {
        switch (type)
        {
            case ValType.I32:
                return (uint)plumb.Bits == (uint)wasmtime.Bits;
            case ValType.F32:
                return (uint)plumb.Bits == (uint)wasmtime.Bits || nanLanes == NanLanes.F32 && float.IsNaN(plumb.F32) && float.IsNaN(wasmtime.F32);
            case ValType.I64:
                return plumb.Bits == wasmtime.Bits;
            case ValType.F64:
                return plumb.Bits == wasmtime.Bits || nanLanes == NanLanes.F64 && double.IsNaN(plumb.F64) && double.IsNaN(wasmtime.F64);
            case ValType.V128:
                if (plumb.V128 == wasmtime.V128)
                {
                    return true;
                }
                if (nanLanes == NanLanes.F32)
                {
                    var (p, w) = (plumb.V128.AsUInt32(), wasmtime.V128.AsUInt32());
                    for (int lane = 0; lane < 4; lane++)
                    {
                        bool bothNaN = float.IsNaN(BitConverter.UInt32BitsToSingle(p[lane])) && float.IsNaN(BitConverter.UInt32BitsToSingle(w[lane]));
                        if (p[lane] != w[lane] && !bothNaN)
                        {
                            return false;
                        }
                    }
                    return true;
                }
                if (nanLanes == NanLanes.F64)
                {
                    var (p, w) = (plumb.V128.AsUInt64(), wasmtime.V128.AsUInt64());
                    for (int lane = 0; lane < 2; lane++)
                    {
                        bool bothNaN = double.IsNaN(BitConverter.UInt64BitsToDouble(p[lane])) && double.IsNaN(BitConverter.UInt64BitsToDouble(w[lane]));
                        if (p[lane] != w[lane] && !bothNaN)
                        {
                            return false;
                        }
                    }
                    return true;
                }
                return false;
            default:
                throw new NotSupportedException($"results of type {type}");
        }
    }

    /// <summary>Runs the first <paramref name="count"/> calls in order on one instance of the case's module on a Plumb engine.</summary>
    private static List<RowOutcome> RunPlumb(EngineKind engine, RowCase rowCase, IReadOnlyList<RowCall> calls, int count, Action<WasmMemory>? after = null)
    {
        using var runtime = PlumbEngines.Create(engine);
        var instance = runtime.Instantiate(runtime.Compile(rowCase.Binary));
        var memory = instance.ExportNames.Contains("mem") ? instance.GetMemory("mem") : null;
        var outcomes = new List<RowOutcome>(count);
        foreach (var call in calls.Take(count))
        {
            var results = new WasmValue[call.Results.Length];
            TrapKind? trap = null;
            try
            {
                instance.GetFunction(call.Export)!.Invoke(call.Args, results);
            }
            catch (WasmTrapException e)
            {
                trap = e.Kind;
            }
            MemoryState? state = null;
            if (memory is not null)
            {
                var bytes = new byte[memory.Size];
                memory.Read(0, bytes);
                state = MemoryState.Of(memory.Pages, bytes);
            }
            outcomes.Add(trap is null ? RowOutcome.Returned(results, state) : RowOutcome.Trapped(trap.ToString()!, [trap.Value], state));
        }
        if (memory is not null)
        {
            after?.Invoke(memory);
        }
        return outcomes;
    }

    /// <summary>Replays the calls up to the first whose memory differs, on both sides, and names the first differing byte.</summary>
    private string LocateMemoryDifference(EngineKind engine, RowCase rowCase, IReadOnlyList<RowCall> calls, int count)
    {
        byte[] plumb = [];
        RunPlumb(engine, rowCase, calls, count, memory => plumb = memory.ReadBytes(0, checked((int)memory.Size)));
        byte[] wasmtime = oracle.MemoryAfter(rowCase, calls, count);
        if (plumb.Length != wasmtime.Length)
        {
            return $"memory after {calls[count - 1]}: {plumb.Length} bytes but Wasmtime {wasmtime.Length}";
        }
        int at = plumb.AsSpan().CommonPrefixLength(wasmtime);
        int end = Math.Min(plumb.Length, at + 16);
        return $"memory after {calls[count - 1]} first differs at byte {at}: " +
            $"{Convert.ToHexString(plumb, at, end - at)} but Wasmtime {Convert.ToHexString(wasmtime, at, end - at)}";
    }
}
