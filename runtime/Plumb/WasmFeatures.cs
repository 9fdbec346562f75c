namespace Plumb;

/// <summary>WebAssembly features (standardised proposals) that a module may use.</summary>
[Flags]
public enum WasmFeatures
{
    /// <summary>The 1.0 instruction set and module structure.</summary>
    Mvp = 0,
    /// <summary>Sign-extension operators (<c>i32.extend8_s</c>, ...).</summary>
    SignExtension = 1 << 0,
    /// <summary>Non-trapping float-to-int conversions (<c>i32.trunc_sat_f32_s</c>, ...).</summary>
    SaturatingFloatToInt = 1 << 1,
    /// <summary>Multiple results and block parameters.</summary>
    MultiValue = 1 << 2,
    /// <summary>funcref and externref values, table instructions, multiple tables.</summary>
    ReferenceTypes = 1 << 3,
    /// <summary>Passive segments, <c>memory.copy</c>, <c>memory.fill</c>, <c>table.copy</c>, ...</summary>
    BulkMemory = 1 << 4,
    /// <summary>128-bit fixed-width SIMD.</summary>
    Simd = 1 << 5,

    /// <summary>Every feature of WebAssembly Core 1.0.</summary>
    Core1 = Mvp,
    /// <summary>Every feature of WebAssembly Core 2.0.</summary>
    Core2 = SignExtension | SaturatingFloatToInt | MultiValue | ReferenceTypes | BulkMemory | Simd,
}
