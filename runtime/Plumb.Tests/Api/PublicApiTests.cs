using System.Reflection;
using System.Text;

namespace Plumb.Tests.Api;

/// <summary>
/// The runtime's public surface, printed and compared with runtime/Plumb.Tests/PublicApi.txt so that
/// every API change shows up as a diff. Run with PLUMB_BLESS=1 to rewrite the file.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void PublicSurfaceMatchesTheCheckedInFile()
    {
        string actual = Print(typeof(WasmRuntime).Assembly);
        string path = Path.Combine(DependencyTests.RepositoryRoot(), "runtime", "Plumb.Tests", "PublicApi.txt");
        if (Environment.GetEnvironmentVariable("PLUMB_BLESS") == "1")
        {
            File.WriteAllText(path, actual);
        }
        string expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void PublicClassesAreSealedOrAbstractAndHaveNoPublicConstructors()
    {
        foreach (var type in typeof(WasmRuntime).Assembly.GetExportedTypes().Where(t => t.IsClass && !typeof(Delegate).IsAssignableFrom(t)))
        {
            // Exceptions follow .NET's conventions instead (WasmMalformedException has a text subclass).
            if (!typeof(Exception).IsAssignableFrom(type))
            {
                Assert.True(type.IsSealed || type.IsAbstract, $"{type} is neither sealed nor abstract");
                Assert.Empty(type.GetConstructors());
            }
        }
    }

    internal static string Print(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Kind(type)).Append(' ').Append(Name(type));
            if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
            {
                text.Append(" : ").Append(Name(baseType));
            }
            text.Append('\n');
            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(flags)
                .Where(m => IsVisible(m) && !(m is MethodInfo { IsSpecialName: true }))
                .Select(m => "  " + Describe(m))
                .Order(StringComparer.Ordinal);
            foreach (string member in members)
            {
                text.Append(member).Append('\n');
            }
        }
        return text.ToString();
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName,
        PropertyInfo p => p.GetAccessors(true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { IsPublic: true },
        _ => false,
    };

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsValueType ? "struct" : type.IsInterface ? "interface"
        : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
        : type.IsAbstract && type.IsSealed ? "static class" : type.IsSealed ? "sealed class" : type.IsAbstract ? "abstract class" : "class";

    private static string Describe(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}{Generics(m)}({Parameters(m)})",
        PropertyInfo p => $"{(p.GetAccessors(true)[0].IsStatic ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod is { IsPublic: true } ? "get; " : "")}{(p.SetMethod is { IsPublic: true } ? "set; " : "")}}}",
        FieldInfo f => f.DeclaringType!.IsEnum ? $"{f.Name} = {f.GetRawConstantValue()}" : $"{(f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        _ => member.Name,
    };

    private static string Generics(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{(p.GetCustomAttribute<ParamArrayAttribute>() is null ? "" : "params ")}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}"));

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }
        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }
        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!);
        }
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }
        string name = type.Namespace is "Plumb" or "System" ? type.Name : type.FullName ?? type.Name;
        if (type.IsGenericType)
        {
            name = name[..name.IndexOf('`')] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }
        return name;
    }
}
