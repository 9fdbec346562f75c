using Plumb.Cli.Commands;

namespace Plumb.Cli.Tests.Commands;

public class InvokeCommandTests
{
    private const string Module = """
        (module
          (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
          (func $inner unreachable)
          (func (export "boom") call $inner))
        """;

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Program.Run(["invoke", .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string WriteModule()
    {
        string path = Path.Combine(Path.GetTempPath(), $"plumb-invoke-{Guid.NewGuid():N}.wat");
        File.WriteAllText(path, Module);
        return path;
    }

    [Fact]
    public void PrintsTheResults()
    {
        string file = WriteModule();
        var (exit, output, _) = Run(file, "add", "40", "2");
        Assert.Equal(0, exit);
        Assert.Equal("42", output.Trim());
    }

    [Theory]
    [InlineData("interpreter")]
    [InlineData("compiler")]
    public void TrapPrintsTheMessageAndWasmStackTraceWithNonZeroExit(string engine)
    {
        string file = WriteModule();
        var (exit, _, error) = Run("--engine", engine, file, "boom");
        Assert.Equal(1, exit);
        Assert.StartsWith("trap: unreachable", error);
        Assert.Contains("boom (func[2])", error);
    }

    [Fact]
    public void CompilerEngineRunsTheFunction()
    {
        string file = WriteModule();
        var (exit, output, _) = Run("--engine", "compiler", file, "add", "1", "2");
        Assert.Equal(0, exit);
        Assert.Equal("3", output.Trim());
    }

    [Theory]
    [InlineData(ValType.I32, "0xffffffff", 0xffffffffUL)]
    [InlineData(ValType.I32, "4294967295", 0xffffffffUL)]
    [InlineData(ValType.I32, "-1", 0xffffffffUL)]
    [InlineData(ValType.I32, "1_000", 1000UL)]
    [InlineData(ValType.I64, "-5", 0xffff_ffff_ffff_fffbUL)]
    [InlineData(ValType.F32, "nan:0x200000", 0x7fa00000UL)]
    [InlineData(ValType.F32, "-nan:0x1", 0xff800001UL)]
    [InlineData(ValType.F32, "0x1p-1", 0x3f000000UL)]
    [InlineData(ValType.F64, "-inf", 0xfff0000000000000UL)]
    [InlineData(ValType.F64, "nan", 0x7ff8000000000000UL)]
    public void ParsesArgumentsInTheTextFormatsSyntaxBitForBit(ValType type, string text, ulong bits)
    {
        Assert.True(InvokeCommand.TryParse(type, text, out var value));
        Assert.Equal(bits, Assert.IsType<WasmValue>(value).Bits);
    }

    [Theory]
    [InlineData(ValType.I32, "4294967296")]
    [InlineData(ValType.I32, "1.5")]
    [InlineData(ValType.I64, "")]
    [InlineData(ValType.F32, "nan:0x800000")]
    [InlineData(ValType.F32, "one")]
    [InlineData(ValType.V128, "i32x4:1,2,3")]
    [InlineData(ValType.V128, "i32x5:1,2,3,4,5")]
    [InlineData(ValType.V128, "i8x16:256,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0")]
    [InlineData(ValType.V128, "0x01")]
    [InlineData(ValType.FuncRef, "ref.func 0")]
    [InlineData(ValType.ExternRef, "ref.extern x")]
    public void RefusesWhatIsNotAValueOfTheType(ValType type, string text)
    {
        Assert.False(InvokeCommand.TryParse(type, text, out _));
    }

    private const string Values = """
        (module
          (func (export "f32") (param f32) (result f32) local.get 0)
          (func (export "f64") (param f64) (result f64) local.get 0)
          (func (export "f32.add") (param f32 f32) (result f32) local.get 0 local.get 1 f32.add)
          (func (export "v128") (param v128) (result v128) local.get 0)
          (func (export "i32x4.add") (param v128 v128) (result v128) local.get 0 local.get 1 i32x4.add)
          (func (export "refs") (param funcref externref) (result funcref externref) local.get 0 local.get 1)
          (func (export "two") (result i32 i64) i32.const -1 i64.const 0x7fffffffffffffff)
          (func (export "spin") (loop br 0))
          (func (export "spin-deep") call 7))
        """;

    private static string WriteValues()
    {
        string path = Path.Combine(Path.GetTempPath(), $"plumb-invoke-{Guid.NewGuid():N}.wat");
        File.WriteAllText(path, Values);
        return path;
    }

    [Theory]
    [InlineData("f32", "nan:0x200000", "nan:0x200000")]
    [InlineData("f32", "-nan:0x1", "-nan:0x1")]
    [InlineData("f32", "nan", "nan")]
    [InlineData("f32", "-inf", "-inf")]
    [InlineData("f32", "0.1", "0.1")]
    [InlineData("f32", "0x1p-149", "0x0.000002p-126")]
    [InlineData("f64", "nan:0x4000000000001", "nan:0x4000000000001")]
    [InlineData("f64", "-nan:0x1", "-nan:0x1")]
    [InlineData("f64", "-0", "-0")]
    public void FloatResultsKeepTheirBitsAndNanPayloadInTheTextSyntax(string function, string argument, string printed)
    {
        foreach (var engine in new[] { "interpreter", "compiler" })
        {
            var (exit, output, error) = Run("--engine", engine, WriteValues(), function, argument);
            Assert.True(exit == 0, error);
            Assert.Equal(printed, output.Trim());
        }
    }

    [Theory]
    [InlineData("i32x4:1,2,3,4", "i32x4:1,2,3,4")]
    [InlineData("i8x16:1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,-1", "i32x4:67305985,134678021,202050057,-15790579")]
    [InlineData("i16x8:1,0,2,0,3,0,-1,-1", "i32x4:1,2,3,-1")]
    [InlineData("i64x2:0xffffffff00000001,2", "i32x4:1,-1,2,0")]
    [InlineData("f32x4:1,-0,nan:0x1,inf", "i32x4:1065353216,-2147483648,2139095041,2139095040")]
    [InlineData("f64x2:1,-nan:0x1", "i32x4:0,1072693248,1,-1048576")]
    public void V128ArgumentsInEveryShape(string argument, string printed)
    {
        var (exit, output, error) = Run(WriteValues(), "v128", argument);
        Assert.True(exit == 0, error);
        Assert.Equal(printed, output.Trim());
    }

    [Fact]
    public void V128ArithmeticOnTheCompiler()
    {
        var (exit, output, error) = Run("--engine", "compiler", WriteValues(), "i32x4.add", "i32x4:1,2,3,4", "i32x4:10,20,30,-5");
        Assert.True(exit == 0, error);
        Assert.Equal("i32x4:11,22,33,-1", output.Trim());
    }

    [Theory]
    [InlineData(new[] { "ref.null", "func", "ref.extern", "7" }, "ref.null func\nref.extern 7")]
    [InlineData(new[] { "null", "ref.null" }, "ref.null func\nref.null extern")]
    [InlineData(new[] { "ref.null", "ref.null" }, "ref.null func\nref.null extern")]
    [InlineData(new[] { "ref.null:func", "ref.extern:42" }, "ref.null func\nref.extern 42")]
    public void ReferencesAreWrittenAndPrintedAsInWast(string[] arguments, string printed)
    {
        var (exit, output, error) = Run([WriteValues(), "refs", .. arguments]);
        Assert.True(exit == 0, error);
        Assert.Equal(printed, output.Trim().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void SeveralResultsOnePerLine()
    {
        var (exit, output, _) = Run(WriteValues(), "two");
        Assert.Equal(0, exit);
        Assert.Equal("-1\n9223372036854775807", output.Trim().ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("interpreter", "spin")]
    [InlineData("compiler", "spin")]
    [InlineData("interpreter", "spin-deep")]
    public void FuelEndsAnInfiniteLoopWithItsOwnMessageAndExitCode(string engine, string function)
    {
        var (exit, _, error) = Run("--engine", engine, "--fuel", "100000", WriteValues(), function);
        Assert.Equal(InvokeCommand.LimitExitCode, exit);
        Assert.Equal(3, exit);
        Assert.StartsWith("limit: fuel exhausted: the call used all of its 100000 units (--fuel 100000)", error);
        Assert.DoesNotContain("trap:", error);
    }

    [Theory]
    [InlineData("interpreter")]
    [InlineData("compiler")]
    public void TimeoutEndsAnInfiniteLoopWithItsOwnMessageAndExitCode(string engine)
    {
        var (exit, _, error) = Run("--engine", engine, "--timeout", "0.3", WriteValues(), "spin");
        Assert.Equal(3, exit);
        Assert.StartsWith("limit: timeout: stopped after 0.3 s (--timeout 0.3)", error);
    }

    [Fact]
    public void AnOrdinaryTrapUnderLimitsIsStillATrap()
    {
        string file = WriteModule();
        var (exit, _, error) = Run("--fuel", "100000", "--timeout", "30", file, "boom");
        Assert.Equal(1, exit);
        Assert.StartsWith("trap: unreachable", error);
    }

    [Theory]
    [InlineData("--engine", "v8")]
    [InlineData("--engine", "wasmtime")]
    [InlineData("--fuel", "0")]
    [InlineData("--fuel", "lots")]
    [InlineData("--timeout", "-1")]
    public void BadOptionValuesAreUsageErrorsNamingTheOptionAndValue(string option, string value)
    {
        var (exit, _, error) = Run(option, value, WriteModule(), "add", "1", "2");
        Assert.Equal(2, exit);
        Assert.Contains($"plumb invoke: {option} takes ", error);
        Assert.Contains($"not '{value}'", error);
        Assert.Contains("usage: plumb invoke", error);
    }

    [Theory]
    [InlineData("x", "1", "argument 1 'x' is not of type i32")]
    [InlineData("1", "takes 2 arguments, got 1")]
    public void BadArgumentsAreUsageErrorsNamingTheArgument(params string[] argsThenMessage)
    {
        var (exit, _, error) = Run([WriteModule(), "add", .. argsThenMessage[..^1]]);
        Assert.Equal(2, exit);
        Assert.Contains(argsThenMessage[^1], error);
    }

    [Fact]
    public void NegativeNumbersAreArgumentsNotOptions()
    {
        var (exit, output, error) = Run(WriteModule(), "add", "-40", "-2");
        Assert.True(exit == 0, error);
        Assert.Equal("-42", output.Trim());
    }
}
