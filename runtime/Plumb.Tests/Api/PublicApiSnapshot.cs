using System.Reflection;
using System.Text;

namespace Plumb.Tests.Api;

/// <summary>
/// Prints an assembly's public surface (types and members, sorted) and compares it with a checked-in
/// file, so that every API change shows up as a diff in review. With <c>PLUMB_BLESS=1</c> in the
/// environment the file is rewritten instead. This file is linked into every test project that keeps
/// such a snapshot (runtime/Plumb.Tests and wast-parser/Plumb.Text.Tests).
/// </summary>
internal static class PublicApiSnapshot
{
    /// <summary>Fails unless <paramref name="path"/> holds the printed surface of <paramref name="assembly"/>.</summary>
    public static void AssertMatches(Assembly assembly, string path)
    {
        string actual = Print(assembly);
        if (Environment.GetEnvironmentVariable("PLUMB_BLESS") == "1")
        {
            File.WriteAllText(path, actual);
        }
        string expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// One line a type, then one indented line a visible member. Types of the assembly's own root
    /// namespace and of <c>System</c> are named without their namespace, all others in full.
    /// </summary>
    public static string Print(Assembly assembly)
    {
        string root = assembly.GetName().Name!;
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Kind(type)).Append(' ').Append(Name(type, root));
            if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
            {
                text.Append(" : ").Append(Name(baseType, root));
            }
            text.Append('\n');
            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(flags)
                .Where(m => IsVisible(m) && !(m is MethodInfo { IsSpecialName: true }) && !m.Name.StartsWith('<'))
                .Select(m => "  " + Describe(m, root))
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

    private static string Describe(MemberInfo member, string root) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c, root)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{Name(m.ReturnType, root)} {m.Name}{Generics(m)}({Parameters(m, root)})",
        PropertyInfo p => $"{(p.GetAccessors(true)[0].IsStatic ? "static " : "")}{Name(p.PropertyType, root)} {p.Name} {{ {Accessor(p.GetMethod, "get")}{Accessor(p.SetMethod, IsInitOnly(p) ? "init" : "set")}}}",
        FieldInfo f => f.DeclaringType!.IsEnum ? $"{f.Name} = {f.GetRawConstantValue()}" : $"{(f.IsStatic ? "static " : "")}{Name(f.FieldType, root)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!, root)} {e.Name}",
        _ => member.Name,
    };

    /// <summary>A public accessor as <c>get; </c>, a protected one as <c>protected get; </c>, any other not at all.</summary>
    private static string Accessor(MethodInfo? accessor, string keyword) => accessor switch
    {
        { IsPublic: true } => keyword + "; ",
        { IsFamily: true } or { IsFamilyOrAssembly: true } => "protected " + keyword + "; ",
        _ => "",
    };

    private static bool IsInitOnly(PropertyInfo property) =>
        property.SetMethod?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)) == true;

    private static string Generics(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Parameters(MethodBase method, string root) =>
        string.Join(", ", method.GetParameters().Select(p => $"{(p.GetCustomAttribute<ParamArrayAttribute>() is null ? "" : "params ")}{Name(p.ParameterType, root)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}"));

    private static string Name(Type type, string root)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }
        if (type.IsArray)
        {
            return Name(type.GetElementType()!, root) + "[]";
        }
        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!, root);
        }
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying, root) + "?";
        }
        string name = type.Namespace == root || type.Namespace == "System" ? type.Name : type.FullName ?? type.Name;
        if (type.IsGenericType)
        {
            name = name[..name.IndexOf('`')] + "<" + string.Join(", ", type.GetGenericArguments().Select(a => Name(a, root))) + ">";
        }
        return name;
    }
}
