using System.Reflection;
using System.Reflection.Emit;

namespace Plumb.Engines.Compiler;

/// <summary>
/// Where the compiler's methods are defined: <see cref="DynamicMethod"/>s (<see cref="DynamicMethodSink"/>), or
/// static methods of one type of a <see cref="PersistedAssemblyBuilder"/> that the compilation cache saves
/// (<see cref="PersistedMethodSink"/>). The emitted IL is the same in both (see runtime/RATIONALE.md, "How does
/// the compiler cache its code on disk?").
/// </summary>
internal abstract class MethodSink
{
    /// <summary>Defines a static method.</summary>
    public abstract MethodInfo Define(string name, Type result, Type[] parameters);

    /// <summary>The IL generator of a method <see cref="Define"/> returned.</summary>
    public abstract ILGenerator GetILGenerator(MethodInfo method, int size);
}

/// <summary>Methods as <see cref="DynamicMethod"/>s of the runtime's module, with visibility checks skipped.</summary>
internal sealed class DynamicMethodSink : MethodSink
{
    public static readonly DynamicMethodSink Instance = new();

    public override MethodInfo Define(string name, Type result, Type[] parameters) =>
        new DynamicMethod(name, result, parameters, typeof(FunctionEmitter).Module, skipVisibility: true);

    public override ILGenerator GetILGenerator(MethodInfo method, int size) => ((DynamicMethod)method).GetILGenerator(size);
}

/// <summary>
/// Methods as public static methods of one type (<see cref="TypeName"/>) in a persisted assembly that may call the
/// runtime's internals: the assembly carries <c>IgnoresAccessChecksToAttribute("Plumb")</c> (the runtime's own
/// internal definition of it), which the runtime honours as <c>skipVisibility</c> for a <see cref="DynamicMethod"/>.
/// Every method is marked <see cref="MethodImplAttributes.AggressiveOptimization"/>, so that the JIT compiles it
/// once at full optimisation, as it does a <see cref="DynamicMethod"/>.
/// </summary>
internal sealed class PersistedMethodSink : MethodSink
{
    /// <summary>The name of the type that holds a module's methods.</summary>
    public const string TypeName = "Plumb.Compiled.Module";

    private readonly PersistedAssemblyBuilder _assembly;
    private readonly TypeBuilder _type;

    public PersistedMethodSink(string assemblyName)
    {
        _assembly = new PersistedAssemblyBuilder(new AssemblyName(assemblyName), typeof(object).Assembly);
        var module = _assembly.DefineDynamicModule(assemblyName);
        _assembly.SetCustomAttribute(new CustomAttributeBuilder(
            typeof(System.Runtime.CompilerServices.IgnoresAccessChecksToAttribute).GetConstructor([typeof(string)])!,
            [typeof(FunctionEmitter).Assembly.GetName().Name!]));
        _type = module.DefineType(TypeName, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract | TypeAttributes.Class);
    }

    public override MethodInfo Define(string name, Type result, Type[] parameters)
    {
        var method = _type.DefineMethod(name, MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig, result, parameters);
        method.SetImplementationFlags(MethodImplAttributes.IL | MethodImplAttributes.Managed | MethodImplAttributes.AggressiveOptimization);
        return method;
    }

    public override ILGenerator GetILGenerator(MethodInfo method, int size) => ((MethodBuilder)method).GetILGenerator(size);

    /// <summary>Completes the type and returns the assembly's bytes (a PE image).</summary>
    public byte[] Save()
    {
        _type.CreateType();
        using var stream = new MemoryStream();
        _assembly.Save(stream);
        return stream.ToArray();
    }
}
