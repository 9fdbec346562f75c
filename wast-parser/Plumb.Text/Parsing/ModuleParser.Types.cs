using System.Collections.Immutable;
using Plumb.Structure;
using Plumb.Text.Lexing;

namespace Plumb.Text.Parsing;

/// <summary>Types, type uses and limits (https://webassembly.github.io/spec/core/text/types.html).</summary>
internal sealed partial class ModuleParser
{
    /// <summary>A resolved type use: the type index, the type when known, and the parameters' ids.</summary>
    private readonly record struct TypeUse(uint Index, FuncType? Type, Token?[] ParamIds);

    /// <summary>(func (param ...)* (result ...)*) after the <c>func</c> keyword.</summary>
    private FuncType ReadFuncType(Cursor c)
    {
        var (parameters, results, _, _) = ReadParamsResults(c, allowNames: true, _messages.ResultBeforeParameter);
        c.ExpectEnd();
        return new FuncType(parameters, results);
    }

    private (ImmutableArray<ValType> Params, ImmutableArray<ValType> Results, Token?[] Ids, bool Any) ReadParamsResults(Cursor c, bool allowNames, string paramAfterResult = "unexpected token")
    {
        var parameters = ImmutableArray.CreateBuilder<ValType>();
        var ids = new List<Token?>();
        var results = ImmutableArray.CreateBuilder<ValType>();
        bool any = false;
        while (c.PeekList("param"))
        {
            any = true;
            var pc = Cursor.Of(c.Next());
            if (pc.PeekAtom(TokenKind.Id))
            {
                var id = pc.Next();
                if (!allowNames) throw Errors.Unexpected(id);
                parameters.Add(ReadValType(pc.Next()));
                ids.Add(id.Token);
                pc.ExpectEnd();
                continue;
            }
            while (!pc.AtEnd)
            {
                parameters.Add(ReadValType(pc.Next()));
                ids.Add(null);
            }
        }
        while (c.PeekList("result"))
        {
            any = true;
            var rc = Cursor.Of(c.Next());
            while (!rc.AtEnd) results.Add(ReadValType(rc.Next()));
        }
        // Parameters after results are a syntax error before any type-use check.
        if (c.PeekList("param")) throw Errors.At(c.Peek!, paramAfterResult);
        return (parameters.ToImmutable(), results.ToImmutable(), ids.ToArray(), any);
    }

    /// <summary>
    /// typeuse (https://webassembly.github.io/spec/core/text/modules.html#type-uses): (type x) with optional
    /// inline parameters and results that must match it ("inline function type"), or only the inline form,
    /// which names the first equal type or a new one appended to the module.
    /// </summary>
    private TypeUse ReadTypeUse(Cursor c, bool allowNames)
    {
        if (c.PeekList("type"))
        {
            var typeNode = c.Next();
            var tc = Cursor.Of(typeNode);
            uint index = _typeSpace.Resolve(tc.Next());
            tc.ExpectEnd();
            var (parameters, results, ids, any) = ReadParamsResults(c, allowNames);
            FuncType? known = index < _types.Count ? _types[(int)index] : null;
            if (any)
            {
                if (known is null) throw Errors.At(typeNode, "unknown type");
                if (!known.Equals(new FuncType(parameters, results))) throw Errors.At(typeNode, "inline function type");
                return new TypeUse(index, known, ids);
            }
            return new TypeUse(index, known, known is null ? [] : new Token?[known.Params.Length]);
        }
        var (ps, rs, pids, _) = ReadParamsResults(c, allowNames);
        var type = new FuncType(ps, rs);
        return new TypeUse(FindOrAddType(type), type, pids);
    }

    private uint FindOrAddType(FuncType type)
    {
        int index = _types.IndexOf(type);
        if (index >= 0) return (uint)index;
        _types.Add(type);
        return (uint)(_types.Count - 1);
    }

    /// <summary>
    /// blocktype: (type x) typeuse, else [] → [] or [] → [t] directly, else the type index of an inline
    /// type use (https://webassembly.github.io/spec/core/text/instructions.html#control-instructions).
    /// </summary>
    private BlockType ReadBlockType(Cursor c)
    {
        if (c.PeekList("type")) return BlockType.OfTypeIndex(ReadTypeUse(c, allowNames: false).Index);
        var (parameters, results, _, _) = ReadParamsResults(c, allowNames: false);
        if (parameters.Length == 0 && results.Length == 0) return BlockType.Empty;
        if (parameters.Length == 0 && results.Length == 1) return BlockType.Of(results[0]);
        return BlockType.OfTypeIndex(FindOrAddType(new FuncType(parameters, results)));
    }

    /// <summary>A value type keyword.</summary>
    internal static ValType ReadValType(SExpr node) => node.IsList ? throw Errors.Unexpected(node) : node.Token.Text switch
    {
        _ when node.Token.Kind != TokenKind.Keyword => throw Errors.Unexpected(node),
        "i32" => ValType.I32,
        "i64" => ValType.I64,
        "f32" => ValType.F32,
        "f64" => ValType.F64,
        "v128" => ValType.V128,
        "funcref" => ValType.FuncRef,
        "externref" => ValType.ExternRef,
        _ => throw Errors.Unexpected(node),
    };

    /// <summary>A reference type keyword: funcref or externref.</summary>
    internal static ValType ReadRefType(SExpr node)
    {
        var type = ReadValType(node);
        return type.IsReference() ? type : throw Errors.Unexpected(node);
    }

    /// <summary>A heap type (https://webassembly.github.io/spec/core/text/types.html#reference-types): func or extern.</summary>
    internal static ValType ReadHeapType(SExpr node) =>
        node.IsKeyword("func") ? ValType.FuncRef
        : node.IsKeyword("extern") ? ValType.ExternRef
        : throw Errors.Unexpected(node);

    /// <summary>min max? as u32.</summary>
    private static Limits ReadLimits(Cursor c)
    {
        uint min = ParseU32(c.Next());
        uint? max = c.PeekAtom(TokenKind.Number) ? ParseU32(c.Next()) : null;
        return new Limits(min, max);
    }

    private static TableType ReadTableType(Cursor c)
    {
        var limits = ReadLimits(c);
        return new TableType(ReadRefType(c.Next()), limits);
    }

    /// <summary>t or (mut t).</summary>
    private static GlobalType ReadGlobalType(Cursor c)
    {
        var node = c.Next();
        if (node.Is("mut"))
        {
            var mc = Cursor.Of(node);
            var type = ReadValType(mc.Next());
            mc.ExpectEnd();
            return new GlobalType(type, Mutable: true);
        }
        return new GlobalType(ReadValType(node), Mutable: false);
    }
}
