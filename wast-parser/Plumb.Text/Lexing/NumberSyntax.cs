namespace Plumb.Text.Lexing;

/// <summary>
/// The grammar of number tokens (https://webassembly.github.io/spec/core/text/values.html#integers,
/// #floating-point): underscores only between digits, hex floats with a binary exponent <c>p</c>.
/// </summary>
internal static class NumberSyntax
{
    /// <summary>True if the text is an integer or float literal as a whole.</summary>
    public static bool IsNumber(string s)
    {
        int i = 0;
        if (s.Length > 0 && s[0] is '+' or '-') i = 1;
        var rest = s.AsSpan(i);
        if (rest is "inf" or "nan") return true;
        if (rest.StartsWith("nan:0x"))
        {
            i += 6;
            return Digits(s, ref i, hex: true) && i == s.Length;
        }
        bool hex = rest.StartsWith("0x");
        if (hex) i += 2;
        if (!Digits(s, ref i, hex)) return false;
        if (i == s.Length) return true;
        if (s[i] == '.')
        {
            i++;
            if (i < s.Length && IsDigit(s[i], hex) && !Digits(s, ref i, hex)) return false;
            if (i == s.Length) return true;
        }
        if (hex ? s[i] is 'p' or 'P' : s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-') i++;
            return Digits(s, ref i, hex: false) && i == s.Length;
        }
        return false;
    }

    /// <summary>True for an integer literal: no fraction, exponent, inf or nan.</summary>
    public static bool IsInteger(string s)
    {
        int i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        bool hex = s.AsSpan(i).StartsWith("0x");
        if (!hex && (s.Length == i || !IsDigit(s[i], false))) return false;
        for (int k = i; k < s.Length; k++)
        {
            char c = s[k];
            if (c == '.' || (hex ? c is 'p' or 'P' : c is 'e' or 'E')) return false;
        }
        return true;
    }

    private static bool IsDigit(char c, bool hex) => hex ? Lexer.IsHexDigit(c) : c is >= '0' and <= '9';

    /// <summary>digit ('_'? digit)*: at least one digit, each underscore between two digits.</summary>
    private static bool Digits(string s, ref int i, bool hex)
    {
        if (i >= s.Length || !IsDigit(s[i], hex)) return false;
        i++;
        while (i < s.Length)
        {
            if (IsDigit(s[i], hex))
            {
                i++;
            }
            else if (s[i] == '_' && i + 1 < s.Length && IsDigit(s[i + 1], hex))
            {
                i += 2;
            }
            else if (s[i] == '_')
            {
                return false;
            }
            else
            {
                break;
            }
        }
        return true;
    }
}
