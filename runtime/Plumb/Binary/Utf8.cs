namespace Plumb.Binary;

/// <summary>
/// Strict UTF-8 validation for names (https://webassembly.github.io/spec/core/binary/values.html#names):
/// no overlong forms, no surrogates (U+D800..U+DFFF), nothing above U+10FFFF, no truncated sequences.
/// Written out rather than delegated so the rule is visible and does not depend on decoder settings.
/// </summary>
internal static class Utf8
{
    /// <summary>True when <paramref name="bytes"/> is well-formed UTF-8.</summary>
    public static bool IsValid(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            byte b0 = bytes[i];
            if (b0 < 0x80)
            {
                i++;
                continue;
            }
            int length;
            int min;
            int codePoint;
            if ((b0 & 0xE0) == 0xC0)
            {
                length = 2;
                min = 0x80;
                codePoint = b0 & 0x1F;
            }
            else if ((b0 & 0xF0) == 0xE0)
            {
                length = 3;
                min = 0x800;
                codePoint = b0 & 0x0F;
            }
            else if ((b0 & 0xF8) == 0xF0)
            {
                length = 4;
                min = 0x10000;
                codePoint = b0 & 0x07;
            }
            else
            {
                // A continuation byte in lead position, or a lead byte 0xF8..0xFF.
                return false;
            }
            if (i + length > bytes.Length)
            {
                return false;
            }
            for (int k = 1; k < length; k++)
            {
                byte b = bytes[i + k];
                if ((b & 0xC0) != 0x80)
                {
                    return false;
                }
                codePoint = (codePoint << 6) | (b & 0x3F);
            }
            if (codePoint < min || codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
            {
                return false;
            }
            i += length;
        }
        return true;
    }
}
