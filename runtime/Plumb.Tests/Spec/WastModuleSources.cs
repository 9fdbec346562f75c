namespace Plumb.Tests.Spec;

/// <summary>
/// Finds the source text of every <c>(module ...)</c> form in a script, keyed by the 1-based line of
/// its opening parenthesis, so that an external tool (wabt) can be given exactly one module. A small
/// scanner of its own keeps the oracle independent of Plumb's parser: it knows only strings, comments
/// and parentheses (https://webassembly.github.io/spec/core/text/lexical.html).
/// </summary>
public static class WastModuleSources
{
    /// <remarks>
    /// A script without any <c>(module ...)</c> form is an inline module (its fields only), which the
    /// whole text stands for at line 1.
    /// </remarks>
    public static IReadOnlyDictionary<int, string> Find(string script)
    {
        var modules = new Dictionary<int, string>();
        var open = new Stack<(int Start, int Line, bool IsModule)>();
        int line = 1;
        int i = 0;
        while (i < script.Length)
        {
            char c = script[i];
            if (c == '\n')
            {
                line++;
                i++;
            }
            else if (c == ';' && i + 1 < script.Length && script[i + 1] == ';')
            {
                while (i < script.Length && script[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '(' && i + 1 < script.Length && script[i + 1] == ';')
            {
                i = SkipBlockComment(script, i, ref line);
            }
            else if (c == '"')
            {
                for (i++; i < script.Length && script[i] != '"'; i++)
                {
                    if (script[i] == '\\')
                    {
                        i++;
                    }
                    else if (script[i] == '\n')
                    {
                        line++;
                    }
                }
                i++;
            }
            else if (c == '(')
            {
                int keyword = SkipTrivia(script, i + 1);
                bool isModule = string.CompareOrdinal(script, keyword, "module", 0, 6) == 0 &&
                    (keyword + 6 >= script.Length || !IsIdChar(script[keyword + 6]));
                open.Push((i, line, isModule));
                i++;
            }
            else if (c == ')')
            {
                if (open.Count > 0 && open.Pop() is { IsModule: true } form)
                {
                    modules[form.Line] = script[form.Start..(i + 1)];
                }
                i++;
            }
            else
            {
                i++;
            }
        }
        if (modules.Count == 0)
        {
            modules[1] = script;
        }
        return modules;
    }

    /// <summary>The position after white space and comments (only used to peek at a keyword).</summary>
    private static int SkipTrivia(string script, int i)
    {
        while (i < script.Length)
        {
            if (char.IsWhiteSpace(script[i]))
            {
                i++;
            }
            else if (script[i] == ';' && i + 1 < script.Length && script[i + 1] == ';')
            {
                while (i < script.Length && script[i] != '\n')
                {
                    i++;
                }
            }
            else if (script[i] == '(' && i + 1 < script.Length && script[i + 1] == ';')
            {
                int ignoredLines = 0;
                i = SkipBlockComment(script, i, ref ignoredLines);
            }
            else
            {
                break;
            }
        }
        return i;
    }

    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-./:<=>?@\\^_`|~".Contains(c);

    /// <summary>
    /// The position after the (nested) block comment that starts at <paramref name="i"/>, counting
    /// the line breaks inside it into <paramref name="line"/>.
    /// </summary>
    private static int SkipBlockComment(string script, int i, ref int line)
    {
        int depth = 0;
        do
        {
            if (script[i] == '\n')
            {
                line++;
            }
            if (script[i] == '(' && i + 1 < script.Length && script[i + 1] == ';')
            {
                depth++;
                i += 2;
            }
            else if (script[i] == ';' && i + 1 < script.Length && script[i + 1] == ')')
            {
                depth--;
                i += 2;
            }
            else
            {
                i++;
            }
        }
        while (depth > 0 && i < script.Length);
        return i;
    }
}
