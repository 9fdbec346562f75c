namespace Plumb.Execution;

/// <summary>
/// The one place every engine calls a host function: a .NET exception that escapes the callback becomes a
/// <see cref="TrapKind.Host"/> trap carrying it as its inner exception, so that the guest's frames unwind as
/// for any trap and the engines' per-thread state is restored (see runtime/RATIONALE.md, "What does a host
/// function's exception become?").
/// </summary>
internal static class HostCall
{
    public static void Invoke(FunctionInstance function, ModuleInstance caller, Span<WasmValue> stack)
    {
        try
        {
            function.Host!(caller, stack);
        }
        catch (WasmTrapException trap) when (MarkHost(trap, function))
        {
            // Never entered: the filter only marks the trap. A catch that rethrows would start a new dispatch on
            // top of the frames still on the stack, at every host frame of a deep host-Wasm recursion, and
            // overflow the stack while unwinding a "call stack exhausted" trap.
            throw;
        }
        catch (Exception e) when (e is not WasmTrapException and not WasiExitException)
        {
            // proc_exit unwinds the guest through an exception of its own, which WasiPreview1.Run catches.
            throw new WasmTrapException(TrapKind.Host, $"in {Describe(function)}: {e.GetType().Name}: {e.Message}", e) { HostFunction = function };
        }
    }

    /// <summary>
    /// A trap of a Wasm call the host made, or one the host raised on purpose, keeps its kind; a trap without a
    /// trace yet gets this host frame on top (the innermost host frame's filter runs first). Always declines.
    /// </summary>
    private static bool MarkHost(WasmTrapException trap, FunctionInstance function)
    {
        trap.HostFunction ??= function;
        return false;
    }

    private static string Describe(FunctionInstance function) =>
        function.HostModule?.Name is { } module ? $"{module}.{function.Name}" : function.Name ?? "a host function";
}
