namespace Plumb.Tests.Engines;

/// <summary>One call of a row case: an exported function and its arguments.</summary>
internal sealed record RowCall(string Export, ValType[] Params, ValType[] Results, WasmValue[] Args)
{
    public override string ToString() => $"\"{Export}\"({string.Join(", ", Args.Select((a, i) => RowOutcome.Format(Params[i], a)))})";
}
