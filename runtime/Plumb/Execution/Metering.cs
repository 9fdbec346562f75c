using Plumb.Engines;

namespace Plumb.Execution;

/// <summary>
/// The budget of an outermost call from the embedder, and what it leaves in the store's fuel. A call draws from
/// <see cref="Store.Fuel"/> when the store is metered, capped by the runtime config's per-call
/// <see cref="RuntimeConfig.Fuel"/>; what it consumed (by both engines' one rule: a unit per function entry and
/// loop iteration, more for bulk operations, grows and host calls) is subtracted when it returns or traps. Calls
/// made while another is running on the thread (a host function calling back) run under the outer budget, as
/// the engines nest them. See runtime/RATIONALE.md, "Where does fuel live?".
/// </summary>
internal static class Metering
{
    [ThreadStatic]
    private static int t_depth;

    /// <summary>Starts a call: the budget to hand the engine, and the tank it draws from (null: not metered, or nested).</summary>
    public static long? Begin(Store store, Engine engine, long? perCall, out bool fromTank)
    {
        fromTank = t_depth == 0 && store.Fuel is not null;
        t_depth++;
        if (!fromTank)
        {
            return perCall;
        }
        long tank = store.Fuel!.Value;
        long budget = perCall is { } cap ? Math.Min(cap, tank) : tank;
        // Whatever the engine last left is stale: a call that never reaches it consumed nothing.
        engine.FuelLeft = budget;
        return budget;
    }

    /// <summary>Ends a call begun with <see cref="Begin"/>: subtracts what it consumed from the store's fuel.</summary>
    public static void End(Store store, Engine engine, long? budget, bool fromTank)
    {
        t_depth--;
        // A host function may have set or added fuel during the call: the consumption comes off what the tank
        // holds now, so that fuel added mid-call is not lost (it is seen by the next outermost call).
        if (fromTank && budget is { } given && store.Fuel is { } now)
        {
            long consumed = given - Math.Clamp(engine.FuelLeft, 0, given);
            store.Fuel = Math.Max(0, now - consumed);
        }
    }
}
