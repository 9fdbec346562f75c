using Plumb.Instructions;

namespace Plumb.Tests.Engines;

/// <summary>Which lanes of a case's results may hold a NaN whose bits the spec leaves open.</summary>
internal enum NanLanes
{
    /// <summary>Every result is compared bit for bit.</summary>
    None,
    /// <summary>f32 results, or the f32x4 lanes of v128 results.</summary>
    F32,
    /// <summary>f64 results, or the f64x2 lanes of v128 results.</summary>
    F64,
}

/// <summary>
/// One row's module: every function it exports is called with inputs from <see cref="RowInputs"/>
/// (export names describe the function, so a failure says which form failed). <see cref="HandWritten"/>
/// cases come from RowModules.Custom.cs, the others are generated from the row.
/// </summary>
internal sealed record RowCase(string Key, InstructionInfo Row, string Wat, byte[] Binary, NanLanes NanLanes, bool HandWritten);
