using Plumb.Binary;
using Plumb.Structure;
using Plumb.Validation;

namespace Plumb.Tests;

/// <summary>
/// The front end's error contract, which the robustness properties assert on every input they make.
/// Decoding either succeeds or throws exactly <see cref="WasmMalformedException"/> at a byte offset
/// inside the input (the end counts: "unexpected end"). Validation either succeeds or throws
/// <see cref="WasmInvalidException"/> naming one of the module's own functions or none; for a decoded
/// module its offset lies inside that function's body, and a module-level error lies inside the input
/// or is unknown (-1). A module built in memory has no offsets, so its errors have none either.
/// </summary>
internal static class FrontEndErrors
{
    /// <summary>The decoded module, or null when the bytes are malformed as the contract says.</summary>
    public static Module? DecodeOrMalformed(ReadOnlySpan<byte> bytes, WasmFeatures features = WasmFeatures.Core2)
    {
        try
        {
            return ModuleReader.Read(bytes, features);
        }
        catch (Exception e)
        {
            if (e.GetType() != typeof(WasmMalformedException))
            {
                Assert.Fail($"decoding threw {e.GetType().Name}, not WasmMalformedException: {e}");
            }
            long offset = ((WasmMalformedException)e).Offset;
            Assert.True(offset >= 0 && offset <= bytes.Length, $"\"{e.Message}\" at offset {offset}, outside the {bytes.Length} bytes of input");
            return null;
        }
    }

    /// <summary>
    /// The validated module, or null when it is invalid as the contract says. <paramref name="inputLength"/>
    /// is the length of the bytes <paramref name="module"/> was decoded from, or -1 for a module built in memory.
    /// </summary>
    public static ValidatedModule? ValidateOrInvalid(Module module, WasmFeatures features = WasmFeatures.Core2, int inputLength = -1) =>
        ValidateOrInvalid(module, features, inputLength, out _);

    /// <summary>As above, and gives the error when there is one.</summary>
    public static ValidatedModule? ValidateOrInvalid(Module module, WasmFeatures features, int inputLength, out WasmInvalidException? error)
    {
        error = null;
        try
        {
            return Validator.Validate(module, features);
        }
        catch (Exception e)
        {
            if (e is not WasmInvalidException invalid)
            {
                Assert.Fail($"validation threw {e.GetType().Name}, not WasmInvalidException: {e}");
                return null;
            }
            error = invalid;
            string where = $"\"{e.Message}\" in function {invalid.FunctionIndex} at offset {invalid.Offset}";
            int imported = module.Imports.Count(i => i.Kind == ExternKind.Func);
            Assert.True(invalid.FunctionIndex == -1 || (invalid.FunctionIndex >= imported && invalid.FunctionIndex < imported + module.Codes.Length),
                $"{where}: not a function the module defines ({imported} imported, {module.Codes.Length} defined)");
            if (inputLength < 0)
            {
                Assert.True(invalid.Offset == -1, $"{where}: the module has no offsets");
            }
            else if (invalid.FunctionIndex >= 0)
            {
                int code = invalid.FunctionIndex - imported;
                int start = module.Codes[code].Offset;
                int end = code + 1 < module.Codes.Length ? module.Codes[code + 1].Offset : inputLength;
                Assert.True(invalid.Offset >= start && invalid.Offset < end, $"{where}: outside the function's body [{start}, {end})");
            }
            else
            {
                Assert.True(invalid.Offset >= -1 && invalid.Offset < inputLength, $"{where}: outside the {inputLength} bytes of input");
            }
            return null;
        }
    }
}
