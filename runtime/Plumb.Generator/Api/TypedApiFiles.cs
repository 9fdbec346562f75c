using System.Text;

namespace Plumb.Generator.Api;

/// <summary>
/// The typed forms of the embedding API, one overload per arity (C# has no variadic generics): exported functions
/// as <c>Func</c> and <c>Action</c> delegates (<c>ModuleInstance.GetFunction</c>, <c>GetAction</c>), host functions
/// from them (<c>HostModuleBuilder.WithFunction</c>), and the readers and writers of value-tuple results. See
/// runtime/RATIONALE.md, "Why are the typed functions generated?".
/// </summary>
internal static class TypedApiFiles
{
    /// <summary>The most parameters a typed form takes (the issue asks for at least 8).</summary>
    public const int MaxParams = 8;

    /// <summary>The most results a value tuple carries (<c>ValueTuple</c> without its TRest).</summary>
    public const int MaxResults = 7;

    public static IEnumerable<(string Path, string Text)> Files() =>
    [
        ("runtime/Plumb/Api/ModuleInstance.Typed.g.cs", Instance()),
        ("runtime/Plumb/Api/WasmFunction.Typed.g.cs", Function()),
        ("runtime/Plumb/Api/HostModuleBuilder.Typed.g.cs", Host()),
        ("runtime/Plumb/Api/TupleResults.g.cs", Tuples()),
    ];

    private static string Types(int n, string prefix = "T") => string.Join(", ", Enumerable.Range(1, n).Select(i => prefix + i));

    private static string Args(int n) => string.Join(", ", Enumerable.Range(1, n).Select(i => "a" + i));

    private static string Generic(int n, bool result) =>
        n == 0 && !result ? "" : "<" + string.Join(", ", Types(n).Split(", ", StringSplitOptions.RemoveEmptyEntries).Concat(result ? ["TResult"] : [])) + ">";

    private static string ParamsText(int n) => "[" + string.Join(" ", Enumerable.Range(1, n).Select(i => "T" + i)) + "]";

    private static StringBuilder Start()
    {
        var text = new StringBuilder(Generated.Header);
        text.Append("""
            #nullable enable

            namespace Plumb;


            """);
        return text;
    }

    private static string Instance()
    {
        var text = Start();
        text.Append("public sealed partial class ModuleInstance\n{\n");
        for (int n = 0; n <= MaxParams; n++)
        {
            string func = n == 0 ? "Func<TResult>" : $"Func<{Types(n)}, TResult>";
            if (n > 0)
            {
                // GetFunction<TResult> (no parameters) stays beside the untyped GetFunction, in ModuleInstance.cs.
                text.Append($$"""
                        /// <summary>
                        /// The exported function <paramref name="name"/> as a typed delegate {{ParamsText(n)}} → [TResult], or null. TResult is
                        /// one value type, or a value tuple of them for several results.
                        /// </summary>
                        /// <exception cref="ArgumentException">The function's type differs.</exception>
                        /// <exception cref="NotSupportedException">A type argument has no Wasm value type.</exception>
                        public {{func}}? GetFunction{{Generic(n, true)}}(string name) => GetFunction(name)?.AsFunc{{Generic(n, true)}}();


                    """);
            }
            string action = n == 0 ? "Action" : $"Action<{Types(n)}>";
            text.Append($$"""
                    /// <summary>The exported function <paramref name="name"/>, which returns nothing, as a typed delegate {{ParamsText(n)}} → [], or null.</summary>
                    /// <exception cref="ArgumentException">The function's type differs.</exception>
                    /// <exception cref="NotSupportedException">A type argument has no Wasm value type.</exception>
                    public {{action}}? GetAction{{Generic(n, false)}}(string name) => GetFunction(name)?.AsAction{{Generic(n, false)}}();


                """);
        }
        return Close(text);
    }

    private static string Close(StringBuilder text)
    {
        // No blank line before the closing brace.
        while (text[^1] == '\n')
        {
            text.Length--;
        }
        return text.Append("\n}\n").ToString();
    }

    private static string Function()
    {
        var text = Start();
        text.Append("public sealed partial class WasmFunction\n{\n");
        for (int n = 0; n <= MaxParams; n++)
        {
            foreach (bool result in new[] { true, false })
            {
                string kind = result ? (n == 0 ? "Func<TResult>" : $"Func<{Types(n)}, TResult>") : (n == 0 ? "Action" : $"Action<{Types(n)}>");
                string requires = "[" + string.Join(", ", Enumerable.Range(1, n).Select(i => $"TypedValue<T{i}>.Require()")) + "]";
                string results = result ? "TypedResult<TResult>.Require()" : "[]";
                string width = result ? $"Math.Max({n}, TypedResult<TResult>.Count)" : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                text.Append($$"""
                        internal {{kind}} {{(result ? "AsFunc" : "AsAction")}}{{Generic(n, result)}}()
                        {
                            Check({{requires}}, {{results}});

                    """);
                if (n == 0 && !result)
                {
                    text.Append("""
                                return () => Invoke([], []);
                            }


                        """);
                    continue;
                }
                text.Append($$"""
                            int width = {{width}};
                            var store = Store;
                            return ({{Args(n)}}) =>
                            {
                                Span<WasmValue> values = stackalloc WasmValue[width];

                    """);
                for (int i = 1; i <= n; i++)
                {
                    text.Append($"            values[{i - 1}] = TypedValue<T{i}>.To(a{i}, store);\n");
                }
                if (result)
                {
                    text.Append($$"""
                                    Invoke(values[..{{n}}], values[..TypedResult<TResult>.Count]);
                                    return TypedResult<TResult>.Read(values, store);

                        """);
                }
                else
                {
                    text.Append($"            Invoke(values, []);\n");
                }
                text.Append("""
                            };
                        }


                    """);
            }
        }
        return Close(text);
    }

    private static string Host()
    {
        var text = Start();
        text.Append("public sealed partial class HostModuleBuilder\n{\n");
        for (int n = 0; n <= MaxParams; n++)
        {
            foreach (bool result in new[] { true, false })
            {
                string kind = result ? (n == 0 ? "Func<TResult>" : $"Func<{Types(n)}, TResult>") : (n == 0 ? "Action" : $"Action<{Types(n)}>");
                var checks = Enumerable.Range(1, n).Select(i => $"TypedValue<T{i}>.Type is null").ToList();
                if (result)
                {
                    checks.Add("TypedResult<TResult>.Types is null");
                }
                string parameters = "[" + string.Join(", ", Enumerable.Range(1, n).Select(i => $"TypedValue<T{i}>.Type!.Value")) + "]";
                string call = $"function({string.Join(", ", Enumerable.Range(1, n).Select(i => $"TypedValue<T{i}>.From(stack[{i - 1}], caller.State.Store)"))})";
                text.Append($$"""
                        /// <summary>
                        /// Exports <paramref name="function"/> as a function {{ParamsText(n)}} → {{(result ? "[TResult] (TResult one value type, or a value tuple of them)" : "[]")}},
                        /// called without reflection or boxing when every type is a number or <see cref="System.Runtime.Intrinsics.Vector128{T}"/>
                        /// of bytes, and without reflection for references (<see cref="WasmFunction"/> for funcref, <see cref="object"/> for
                        /// externref); a first <see cref="ModuleInstance"/> parameter goes through <see cref="WithFunction(string, Delegate)"/>.
                        /// A .NET exception it throws becomes a <see cref="TrapKind.Host"/> trap.
                        /// </summary>
                        /// <exception cref="ArgumentException">A parameter or result type has no Wasm counterpart.</exception>
                        public HostModuleBuilder WithFunction{{Generic(n, result)}}(string name, {{kind}} function)
                        {
                            ArgumentNullException.ThrowIfNull(function);

                    """);
                if (checks.Count > 0)
                {
                    text.Append($$"""
                                if ({{string.Join(" || ", checks)}})
                                {
                                    return WithFunction(name, (Delegate)function);
                                }

                        """);
                }
                text.Append(result
                    ? $"        return WithFunction(name, {parameters}, TypedResult<TResult>.Types!, (caller, stack) => TypedResult<TResult>.Write({call}, stack, caller.State.Store));\n"
                    : $"        return WithFunction(name, {parameters}, [], (caller, stack) => {call});\n");
                text.Append("    }\n\n");
            }
        }
        return Close(text);
    }

    private static string Tuples()
    {
        var text = Start();
        text.Append("""
            /// <summary>Reads and writes value-tuple results without boxing: <see cref="TypedResult{T}"/> binds the one of its arity.</summary>
            internal static class TupleResults
            {

            """);
        for (int n = 2; n <= MaxResults; n++)
        {
            string tuple = $"({Types(n)})";
            text.Append($"    public static {tuple} Read{n}<{Types(n)}>(ReadOnlySpan<WasmValue> values, Execution.Store store) =>\n");
            text.Append($"        ({string.Join(", ", Enumerable.Range(1, n).Select(i => $"TypedValue<T{i}>.From(values[{i - 1}], store)"))});\n\n");
            text.Append($"    public static void Write{n}<{Types(n)}>({tuple} value, Span<WasmValue> values, Execution.Store store)\n    {{\n");
            for (int i = 1; i <= n; i++)
            {
                text.Append($"        values[{i - 1}] = TypedValue<T{i}>.To(value.Item{i}, store);\n");
            }
            text.Append("    }\n\n");
        }
        return Close(text);
    }
}
