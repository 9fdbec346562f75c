namespace Plumb.Engines.Interpreter;

internal sealed unsafe partial class Machine
{
    /// <summary>SIMD instructions: the engines' shared <see cref="Simd.Execute"/> on the value stack.</summary>
    private int ExecuteSimd(ref InterpretedOp op, Execution.Instance inst, int sp) =>
        Simd.Execute(op.Row, op.A, op.C, op.D, inst.Memory0, _base, sp);
}
