using Plumb.Binary;
using Plumb.Text;
using Plumb.Validation;

namespace Plumb.Tests.Validation;

/// <summary>A validation error carries the function's index, its name from the name section, and the instruction's offset.</summary>
public class InvalidErrorPlaceTests
{
    private static WasmInvalidException Invalid(byte[] bytes, WasmFeatures features = WasmFeatures.Core2) =>
        Assert.Throws<WasmInvalidException>(() => Validator.Validate(ModuleReader.Read(bytes, features), features));

    /// <summary>func 1 "second" (name section, written by hand) has i64.eqz on an i32.</summary>
    private static byte[] Named()
    {
        var bytes = new List<byte>(Wat.ToBinary("(module (func) (func i32.const 0 i64.eqz drop))"));
        // A name section naming function 1 "second": subsection 1, one entry.
        byte[] name = [4, (byte)'n', (byte)'a', (byte)'m', (byte)'e', 1, 9, 1, 1, 6, .. "second"u8.ToArray()];
        bytes.Add(0);
        bytes.Add((byte)name.Length);
        bytes.AddRange(name);
        return [.. bytes];
    }

    [Fact]
    public void ErrorNamesTheFunctionFromTheNameSection()
    {
        byte[] bytes = Named();
        var error = Invalid(bytes);
        Assert.StartsWith("type mismatch", error.Message);
        Assert.Equal(1, error.FunctionIndex);
        Assert.Equal("second", error.FunctionName);
        // The offset is i64.eqz's (0x50) own byte.
        Assert.Equal(0x50, bytes[error.Offset]);
        Assert.Equal($"in func 1 \"second\" at offset 0x{error.Offset:x}", error.Place);
        Assert.Equal($"{error.Message} ({error.Place})", error.Describe());
    }

    [Fact]
    public void ErrorWithoutNameSectionHasIndexOnly()
    {
        var error = Invalid(Wat.ToBinary("(module (func i64.eqz drop))"));
        Assert.Equal(0, error.FunctionIndex);
        Assert.Null(error.FunctionName);
        Assert.StartsWith("in func 0 at offset 0x", error.Place);
    }

    [Fact]
    public void Core1ResultArityNamesTheFunctionThatUsesTheType()
    {
        var bytes = Wat.ToBinary("(module (func) (func (result i32 i32) i32.const 1 i32.const 2))");
        var error = Invalid(bytes, WasmFeatures.Core1);
        Assert.Equal("invalid result arity", error.Message);
        Assert.Equal(1, error.FunctionIndex);
        Assert.True(error.Offset > 0);
        Assert.StartsWith("in func 1", error.Place);
    }

    [Fact]
    public void MalformedErrorCarriesTheByteOffset()
    {
        byte[] bytes = [0, 0x61, 0x73, 0x6D, 1, 0, 0, 0, 1, 5, 1, 0x60, 0, 0];
        var error = Assert.Throws<WasmMalformedException>(() => ModuleReader.Read(bytes, WasmFeatures.Core2));
        Assert.True(error.Offset >= 8);
        Assert.Equal($"at offset 0x{error.Offset:x}", error.Place);
    }
}
