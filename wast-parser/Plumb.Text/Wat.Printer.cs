using Plumb.Binary;

namespace Plumb.Text;

public static partial class Wat
{
    /// <summary>
    /// Decodes a binary module and prints it in the flat text format; parsing the result gives back
    /// the same module: names as <c>$ids</c>, custom sections as <c>(@custom ...)</c> annotations.
    /// </summary>
    /// <param name="bytes">The binary module.</param>
    /// <param name="features">The features the decoder accepts.</param>
    /// <returns>The module's text, one <c>(module ...)</c> form.</returns>
    /// <exception cref="WasmMalformedException">The bytes do not decode.</exception>
    /// <exception cref="WasmResourceLimitException">The text would not fit the memory the process may use.</exception>
    public static string FromBinary(byte[] bytes, WasmFeatures features = WasmFeatures.Core2)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            return WatPrinter.Print(ModuleReader.Read(bytes, features));
        }
        catch (OutOfMemoryException e)
        {
            throw new WasmResourceLimitException("out of memory while printing the module", e);
        }
    }
}
