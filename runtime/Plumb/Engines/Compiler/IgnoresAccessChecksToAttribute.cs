namespace System.Runtime.CompilerServices;

/// <summary>
/// Grants the assembly that carries it access to the named assembly's non-public members. The runtime reads it by
/// name from an assembly's metadata; the compilation cache's persisted assemblies carry it for Plumb, so that their
/// code reaches the runtime's internals as a <c>DynamicMethod</c> with <c>skipVisibility</c> does. Defined here
/// because the base class library does not ship it, and a persisted assembly that defines it itself fails to load
/// (see runtime/RATIONALE.md, "How does the compiler cache its code on disk?").
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
internal sealed class IgnoresAccessChecksToAttribute(string assemblyName) : Attribute
{
    /// <summary>The assembly whose non-public members may be accessed.</summary>
    public string AssemblyName { get; } = assemblyName;
}
