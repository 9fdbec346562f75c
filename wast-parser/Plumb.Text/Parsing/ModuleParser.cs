using System.Collections.Immutable;
using System.Text;
using Plumb.Instructions;
using Plumb.Structure;
using Plumb.Text.Lexing;

namespace Plumb.Text.Parsing;

/// <summary>
/// Turns the fields of a text module (https://webassembly.github.io/spec/core/text/modules.html) into
/// the runtime's <see cref="Module"/>. Two passes: the first binds every module-level id (and the explicit
/// types), the second reads each field with all ids known, appending implicit types from inline type uses
/// after the explicit ones. See wast-parser/RATIONALE.md, "How are ids resolved?".
/// </summary>
internal sealed partial class ModuleParser
{
    private readonly List<FuncType> _types = [];
    private readonly IndexSpace _typeSpace = new("type", "type");
    private readonly IndexSpace _funcSpace = new("func", "function");
    private readonly IndexSpace _tableSpace = new("table", "table");
    private readonly IndexSpace _memorySpace = new("memory", "memory");
    private readonly IndexSpace _globalSpace = new("global", "global");
    private readonly IndexSpace _elemSpace = new("elem", "elem segment");
    private readonly IndexSpace _dataSpace = new("data", "data segment");

    private readonly List<Import> _imports = [];
    private readonly List<uint> _functions = [];
    private readonly List<FunctionBody> _codes = [];
    private readonly List<TableType> _tables = [];
    private readonly List<MemoryType> _memories = [];
    private readonly List<Global> _globals = [];
    private readonly List<Export> _exports = [];
    private readonly List<ElementSegment> _elements = [];
    private readonly List<DataSegment> _data = [];
    private readonly int[] _importCounts = new int[4];
    private uint? _start;
    private bool _usesDataCount;
    private readonly List<CustomSection> _customs = [];

    // Names from text ids, for the name section (https://webassembly.github.io/spec/core/appendix/custom.html#name-section).
    private string? _moduleName;
    private readonly Dictionary<uint, ImmutableDictionary<uint, string>> _localNames = [];
    private readonly Dictionary<uint, ImmutableDictionary<uint, string>> _labelNames = [];

    /// <summary>Source offset (character) of each instruction of each function body, parallel to <see cref="_codes"/>.</summary>
    private readonly List<int[]> _codePositions = [];

    /// <summary>Source offset of each instruction of each constant expression read from text (by the expression object).</summary>
    private readonly Dictionary<ConstExpr, int[]> _exprPositions = new(ReferenceEqualityComparer.Instance);

    private readonly TextMessages _messages;

    private ModuleParser(TextMessages messages)
    {
        _messages = messages;
    }

    /// <summary>
    /// As above; <paramref name="positions"/>, when given, receives each body's instruction source offsets, and
    /// <paramref name="exprPositions"/> those of each constant expression (keyed by the expression object).
    /// </summary>
    public static Module ParseText(string text, TextMessages messages, List<int[]>? positions, Dictionary<ConstExpr, int[]>? exprPositions = null)
    {
        var top = SExpr.Read(text, out var deferred);
        return SExpr.ReportFirst(deferred, () =>
        {
            if (top.Count == 1 && top[0].Is("module"))
            {
                var cursor = Cursor.Of(top[0]);
                cursor.TryAtom(TokenKind.Id, out var id);
                return Parse(cursor, messages, id?.Text, positions, exprPositions);
            }
            var all = top.ToArray();
            var endToken = all.Length > 0 ? (all[^1].Close ?? all[^1].Token) : new Token(TokenKind.Eof, "", 0, 1, 1);
            return Parse(new Cursor(all, 0, endToken), messages, null, positions, exprPositions);
        });
    }

    /// <summary>Parses a whole text: one <c>(module ...)</c> or, abbreviated, just its fields.</summary>
    public static Module ParseText(string text, TextMessages messages) => ParseText(text, messages, null);

    /// <summary>
    /// Parses module fields from the cursor to its end. <paramref name="moduleId"/> (with its <c>$</c>) becomes
    /// the module's name; <paramref name="positions"/>, when given, receives the source offset (in characters)
    /// of every instruction of every function body, and <paramref name="exprPositions"/> those of every constant expression.
    /// </summary>
    public static Module Parse(Cursor fields, TextMessages messages, string? moduleId = null, List<int[]>? positions = null,
        Dictionary<ConstExpr, int[]>? exprPositions = null)
    {
        var parser = new ModuleParser(messages);
        parser._moduleName = moduleId?[1..];
        var list = new List<SExpr>();
        while (!fields.AtEnd) list.Add(fields.Next());
        parser.BindIds(list);
        parser.BindSegmentIds(list);
        foreach (var field in list) parser.ReadField(field);
        positions?.AddRange(parser._codePositions);
        if (exprPositions is not null)
        {
            foreach (var (expr, at) in parser._exprPositions)
            {
                exprPositions[expr] = at;
            }
        }
        return parser.Build();
    }

    private Module Build() => new()
    {
        Types = [.. _types],
        Imports = [.. _imports],
        Functions = [.. _functions],
        Tables = [.. _tables],
        Memories = [.. _memories],
        Globals = [.. _globals],
        Exports = [.. _exports],
        Start = _start,
        Elements = [.. _elements],
        DataCount = _usesDataCount ? (uint)_data.Count : null,
        Codes = [.. _codes],
        Data = [.. _data],
        Customs = [.. _customs],
        Names = BuildNames(),
    };

    /// <summary>
    /// The name section that the text's ids describe, or null when the text has none: module, functions,
    /// locals, labels, types, tables, memories, globals, element and data segments, as the extended name
    /// section numbers them. See wast-parser/RATIONALE.md, "Which names does text keep?".
    /// </summary>
    private NameSection? BuildNames()
    {
        var names = new NameSection
        {
            ModuleName = _moduleName,
            FunctionNames = _funcSpace.Names,
            LocalNames = _localNames.ToImmutableDictionary(),
            LabelNames = _labelNames.ToImmutableDictionary(),
            TypeNames = _typeSpace.Names,
            TableNames = _tableSpace.Names,
            MemoryNames = _memorySpace.Names,
            GlobalNames = _globalSpace.Names,
            ElemNames = _elemSpace.Names,
            DataNames = _dataSpace.Names,
        };
        return names.IsEmpty ? null : names;
    }

    /// <summary>
    /// First pass: checks each field's head, reads explicit type definitions and allocates every
    /// index (imports first, as the text format requires: "import after function" otherwise).
    /// </summary>
    private void BindIds(List<SExpr> fields)
    {
        string? definedKind = null;
        foreach (var field in fields)
        {
            if (!field.IsList) throw Errors.Unexpected(field);
            if (IsCustomAnnotation(field)) continue;
            var c = Cursor.Of(field);
            switch (field.Head)
            {
                case "type":
                {
                    c.TryAtom(TokenKind.Id, out var id);
                    var func = c.Next();
                    if (!func.Is("func")) throw Errors.Unexpected(func);
                    _typeSpace.Add(id);
                    _types.Add(ReadFuncType(Cursor.Of(func)));
                    c.ExpectEnd();
                    break;
                }
                case "import":
                {
                    CheckImportOrder(field, definedKind);
                    c.Next();
                    c.Next();
                    var desc = c.Next();
                    var dc = Cursor.Of(desc);
                    dc.TryAtom(TokenKind.Id, out var id);
                    SpaceOf(desc).Add(id);
                    break;
                }
                case "func" or "table" or "memory" or "global":
                {
                    c.TryAtom(TokenKind.Id, out var id);
                    while (c.PeekList("export")) c.Next();
                    if (c.PeekList("import"))
                    {
                        CheckImportOrder(field, definedKind);
                    }
                    else
                    {
                        definedKind ??= field.Head == "func" ? "function" : field.Head;
                    }
                    SpaceOf(field).Add(id);
                    break;
                }
                case "elem" or "data" or "export" or "start":
                    break;
                default:
                    throw Errors.Unexpected(field.Items!.Length > 0 ? field.Items[0] : field);
            }
        }
    }

    /// <summary>
    /// Segment indices, once every table and memory id is bound: segments count in text order, including
    /// those that (table ... (elem ...)) and (memory (data ...)) define.
    /// </summary>
    private void BindSegmentIds(List<SExpr> fields)
    {
        foreach (var field in fields)
        {
            var c = Cursor.Of(field);
            c.TryAtom(TokenKind.Id, out var id);
            switch (field.Head)
            {
                case "table":
                    while (c.PeekList("export")) c.Next();
                    if (!c.PeekList("import") && HasInlineElem(c)) _elemSpace.Add(null);
                    break;
                case "memory":
                    while (c.PeekList("export")) c.Next();
                    if (c.PeekList("data")) _dataSpace.Add(null);
                    break;
                case "elem":
                    _elemSpace.Add(IsLegacyTarget(field, _tableSpace) ? null : id);
                    break;
                case "data":
                    _dataSpace.Add(IsLegacyTarget(field, _memorySpace) ? null : id);
                    break;
            }
        }
    }

    /// <summary>
    /// The 1.0 form (elem $table offset ...) / (data $memory offset ...): an id that names a table
    /// (memory) directly before the offset refers to it, rather than naming the segment.
    /// </summary>
    private static bool IsLegacyTarget(SExpr field, IndexSpace targets)
    {
        var items = field.Items!;
        return items.Length > 2 && items[1].IsAtom(TokenKind.Id) && targets.TryGet(items[1].Token.Text, out _) &&
            items[2].IsList && items[2].Head is not ("table" or "memory" or "item");
    }

    private static bool HasInlineElem(Cursor c)
    {
        // (table id? export* reftype (elem ...)): the reference type is followed by the elements.
        return c.Peek is { IsList: false } && c.PeekSecond is { } second && second.Is("elem");
    }

    private static void CheckImportOrder(SExpr field, string? definedKind)
    {
        if (definedKind is not null) throw Errors.At(field, $"import after {definedKind}");
    }

    private IndexSpace SpaceOf(SExpr desc) => desc.Head switch
    {
        "func" => _funcSpace,
        "table" => _tableSpace,
        "memory" => _memorySpace,
        "global" => _globalSpace,
        _ => throw Errors.Unexpected(desc.IsList && desc.Items!.Length > 0 ? desc.Items[0] : desc),
    };

    private void ReadField(SExpr field)
    {
        if (IsCustomAnnotation(field))
        {
            ReadCustom(field);
            return;
        }
        var c = Cursor.Of(field);
        switch (field.Head)
        {
            case "type":
                break;
            case "import":
                ReadImport(c);
                break;
            case "func":
                ReadFunc(c);
                break;
            case "table":
                ReadTable(c);
                break;
            case "memory":
                ReadMemory(c);
                break;
            case "global":
                ReadGlobal(c);
                break;
            case "export":
                ReadExport(c);
                break;
            case "start":
            {
                uint index = _funcSpace.Resolve(c.Next());
                c.ExpectEnd();
                if (_start is not null) throw Errors.At(field, "multiple start sections");
                _start = index;
                break;
            }
            case "elem":
                ReadElem(c, field);
                break;
            case "data":
                ReadData(c, field);
                break;
        }
    }

    /// <summary>True for a <c>(@custom ...)</c> annotation (https://github.com/WebAssembly/annotations).</summary>
    private static bool IsCustomAnnotation(SExpr field) =>
        field.Items is { Length: > 0 } items && !items[0].IsList && items[0].Token.Kind == TokenKind.Reserved && items[0].Token.Text == "@custom";

    // The section order of the binary format (https://webassembly.github.io/spec/core/binary/modules.html#binary-module),
    // by the annotation's section keywords; a custom section's place is the id of the section it follows.
    private static readonly (string Keyword, byte Id)[] SectionOrder =
    [
        ("type", 1), ("import", 2), ("func", 3), ("table", 4), ("memory", 5), ("global", 6), ("export", 7),
        ("start", 8), ("elem", 9), ("datacount", 12), ("code", 10), ("data", 11),
    ];

    /// <summary>
    /// (@custom name place? datastring): a custom section with its bytes, placed (before first), (before sec),
    /// (after sec) or, by default, (after last). See wast-parser/RATIONALE.md, "How do custom sections survive text?".
    /// </summary>
    private void ReadCustom(SExpr field)
    {
        var c = Cursor.Of(field, 1);
        string name = Name(c.Next());
        byte after = 11;
        if (c.Peek is { IsList: true } place)
        {
            c.Next();
            var pc = Cursor.Of(place);
            bool before = place.Is("before");
            if (!before && !place.Is("after")) throw Errors.Unexpected(place.Items!.Length > 0 ? place.Items[0] : place);
            var section = pc.Next();
            pc.ExpectEnd();
            string keyword = section.IsAtom(TokenKind.Keyword) ? section.Token.Text : "";
            if (keyword == "first" && before)
            {
                after = 0;
            }
            else if (keyword == "last" && !before)
            {
                after = 11;
            }
            else
            {
                int position = Array.FindIndex(SectionOrder, s => s.Keyword == keyword);
                if (position < 0) throw Errors.Unexpected(section);
                after = before ? (position == 0 ? (byte)0 : SectionOrder[position - 1].Id) : SectionOrder[position].Id;
            }
        }
        _customs.Add(new CustomSection(name, ReadStrings(c), after));
    }

    private void AddImport(Import import)
    {
        _imports.Add(import);
        _importCounts[(int)import.Kind]++;
    }

    /// <summary>(import "module" "name" desc).</summary>
    private void ReadImport(Cursor c)
    {
        string module = Name(c.Next());
        string name = Name(c.Next());
        var desc = c.Next();
        c.ExpectEnd();
        var dc = Cursor.Of(desc);
        dc.TryAtom(TokenKind.Id, out _);
        AddImport(ReadImportDesc(desc.Head!, module, name, dc));
        dc.ExpectEnd();
    }

    private Import ReadImportDesc(string kind, string module, string name, Cursor c)
    {
        switch (kind)
        {
            case "func":
            {
                var use = ReadTypeUse(c, allowNames: true);
                return new Import(module, name, ExternKind.Func) { FuncTypeIndex = use.Index };
            }
            case "table":
                return new Import(module, name, ExternKind.Table) { Table = ReadTableType(c) };
            case "memory":
                return new Import(module, name, ExternKind.Memory) { Memory = new MemoryType(ReadLimits(c)) };
            default:
                return new Import(module, name, ExternKind.Global) { Global = ReadGlobalType(c) };
        }
    }

    /// <summary>Inline exports of a func, table, memory or global: (export "name")*.</summary>
    private void ReadInlineExports(Cursor c, ExternKind kind, uint index)
    {
        while (c.PeekList("export"))
        {
            var e = Cursor.Of(c.Next());
            _exports.Add(new Export(Name(e.Next()), kind, index));
            e.ExpectEnd();
        }
    }

    /// <summary>An inline (import "m" "n"), if present.</summary>
    private (string Module, string Name)? ReadInlineImport(Cursor c)
    {
        if (!c.PeekList("import")) return null;
        var i = Cursor.Of(c.Next());
        var result = (Name(i.Next()), Name(i.Next()));
        i.ExpectEnd();
        return result;
    }

    private void ReadTable(Cursor c)
    {
        c.TryAtom(TokenKind.Id, out _);
        uint index = (uint)(_importCounts[(int)ExternKind.Table] + _tables.Count);
        ReadInlineExports(c, ExternKind.Table, index);
        if (ReadInlineImport(c) is { } import)
        {
            AddImport(new Import(import.Module, import.Name, ExternKind.Table) { Table = ReadTableType(c) });
            c.ExpectEnd();
            return;
        }
        if (c.Peek is { IsList: false } && c.PeekSecond is { } second && second.Is("elem"))
        {
            // (table reftype (elem ...)) ≡ (table n n reftype) (elem (table x) (i32.const 0) ...).
            ValType type = ReadRefType(c.Next());
            var ec = Cursor.Of(c.Next());
            var (init, usesExpressions, _) = ReadElemList(ec, type, allowBareIndices: true);
            c.ExpectEnd();
            _tables.Add(new TableType(type, new Limits((ulong)init.Length, (ulong)init.Length)));
            _elements.Add(new ElementSegment(SegmentMode.Active, type, init)
            {
                TableIndex = index,
                Offset = new ConstExpr([new Instruction(Opcode.I32Const)]),
                UsesExpressions = usesExpressions,
            });
            return;
        }
        _tables.Add(ReadTableType(c));
        c.ExpectEnd();
    }

    private void ReadMemory(Cursor c)
    {
        c.TryAtom(TokenKind.Id, out _);
        uint index = (uint)(_importCounts[(int)ExternKind.Memory] + _memories.Count);
        ReadInlineExports(c, ExternKind.Memory, index);
        if (ReadInlineImport(c) is { } import)
        {
            AddImport(new Import(import.Module, import.Name, ExternKind.Memory) { Memory = new MemoryType(ReadLimits(c)) });
            c.ExpectEnd();
            return;
        }
        if (c.PeekList("data"))
        {
            // (memory (data "...")) ≡ (memory m m) (data (memory x) (i32.const 0) "..."), m = pages to hold the bytes.
            var dc = Cursor.Of(c.Next());
            var bytes = ReadStrings(dc);
            c.ExpectEnd();
            ulong pages = ((ulong)bytes.Length + 65535) / 65536;
            _memories.Add(new MemoryType(new Limits(pages, pages)));
            _data.Add(new DataSegment(SegmentMode.Active, bytes)
            {
                MemoryIndex = index,
                Offset = new ConstExpr([new Instruction(Opcode.I32Const)]),
            });
            return;
        }
        _memories.Add(new MemoryType(ReadLimits(c)));
        c.ExpectEnd();
    }

    private void ReadGlobal(Cursor c)
    {
        c.TryAtom(TokenKind.Id, out _);
        uint index = (uint)(_importCounts[(int)ExternKind.Global] + _globals.Count);
        ReadInlineExports(c, ExternKind.Global, index);
        if (ReadInlineImport(c) is { } import)
        {
            AddImport(new Import(import.Module, import.Name, ExternKind.Global) { Global = ReadGlobalType(c) });
            c.ExpectEnd();
            return;
        }
        var type = ReadGlobalType(c);
        _globals.Add(new Global(type, ReadExpr(c)));
    }

    /// <summary>(export "name" (func|table|memory|global x)).</summary>
    private void ReadExport(Cursor c)
    {
        string name = Name(c.Next());
        var desc = c.Next();
        c.ExpectEnd();
        var dc = Cursor.Of(desc);
        var (kind, space) = desc.Head switch
        {
            "func" => (ExternKind.Func, _funcSpace),
            "table" => (ExternKind.Table, _tableSpace),
            "memory" => (ExternKind.Memory, _memorySpace),
            "global" => (ExternKind.Global, _globalSpace),
            _ => throw Errors.Unexpected(desc.IsList && desc.Items!.Length > 0 ? desc.Items[0] : desc),
        };
        _exports.Add(new Export(name, kind, space.Resolve(dc.Next())));
        dc.ExpectEnd();
    }

    /// <summary>
    /// Element segments (https://webassembly.github.io/spec/core/text/modules.html#element-segments):
    /// passive, <c>declare</c>, or active with an optional (table x) and an offset; a bare table index
    /// is the 1.0 form.
    /// </summary>
    private void ReadElem(Cursor c, SExpr field)
    {
        if (!IsLegacyTarget(field, _tableSpace)) c.TryAtom(TokenKind.Id, out _);
        if (c.TryKeyword("declare"))
        {
            var (declared, declaredExpr, declaredType) = ReadElemList(c, null, allowBareIndices: false);
            _elements.Add(new ElementSegment(SegmentMode.Declarative, declaredType, declared) { UsesExpressions = declaredExpr });
            return;
        }
        uint? table = null;
        if (c.PeekList("table"))
        {
            var tc = Cursor.Of(c.Next());
            table = _tableSpace.Resolve(tc.Next());
            tc.ExpectEnd();
        }
        else if (c.Peek is { IsList: false } p && (p.Token.Kind is TokenKind.Id or TokenKind.Number) && c.PeekSecond is { IsList: true })
        {
            table = _tableSpace.Resolve(c.Next());
        }
        if (table is not null || c.PeekList("offset") || (c.Peek is { IsList: true } && !c.PeekList("item")))
        {
            var offset = ReadOffset(c);
            var (init, usesExpressions, type) = ReadElemList(c, null, allowBareIndices: true);
            _elements.Add(new ElementSegment(SegmentMode.Active, type, init)
            {
                TableIndex = table ?? 0,
                Offset = offset,
                UsesExpressions = usesExpressions,
            });
            return;
        }
        var (passive, passiveExpr, passiveType) = ReadElemList(c, null, allowBareIndices: false);
        _elements.Add(new ElementSegment(SegmentMode.Passive, passiveType, passive) { UsesExpressions = passiveExpr });
    }

    /// <summary>elemlist: <c>func x*</c>, <c>reftype elemexpr*</c>, or (active and table forms) bare function indices.</summary>
    private (ImmutableArray<ConstExpr> Init, bool UsesExpressions, ValType Type) ReadElemList(Cursor c, ValType? known, bool allowBareIndices)
    {
        var init = ImmutableArray.CreateBuilder<ConstExpr>();
        if (c.Peek is { IsList: false } p && p.Token.Kind == TokenKind.Keyword && p.Token.Text is "funcref" or "externref")
        {
            ValType type = ReadRefType(c.Next());
            while (!c.AtEnd)
            {
                var item = c.Next();
                if (!item.IsList) throw Errors.Unexpected(item);
                init.Add(item.Is("item") ? ReadExpr(Cursor.Of(item)) : ReadExpr(new Cursor([item], 0, item.Close!)));
            }
            return (init.ToImmutable(), UsesExpressions(type, init), type);
        }
        if (known is not null && c.Peek is { IsList: true })
        {
            // (table funcref (elem (ref.func 0) ...)): expressions of the table's type.
            while (!c.AtEnd)
            {
                var item = c.Next();
                if (!item.IsList) throw Errors.Unexpected(item);
                init.Add(item.Is("item") ? ReadExpr(Cursor.Of(item)) : ReadExpr(new Cursor([item], 0, item.Close!)));
            }
            return (init.ToImmutable(), UsesExpressions(known.Value, init), known.Value);
        }
        if (!c.TryKeyword("func") && !allowBareIndices && !c.AtEnd) throw Errors.Unexpected(c.Peek!);
        while (!c.AtEnd)
        {
            uint f = _funcSpace.Resolve(c.Next());
            init.Add(new ConstExpr([new Instruction(Opcode.RefFunc, A: f)]));
        }
        return (init.ToImmutable(), false, known ?? ValType.FuncRef);
    }

    /// <summary>
    /// Whether a segment needs the binary's expression encoding: the reference interpreter's encoder
    /// uses function indices whenever the type is funcref and every item is one <c>ref.func</c>.
    /// </summary>
    private static bool UsesExpressions(ValType type, IEnumerable<ConstExpr> init) =>
        type != ValType.FuncRef || init.Any(e => e.Instructions.Length != 1 || e.Instructions[0].Opcode != Opcode.RefFunc);

    /// <summary>(offset instr*) or, abbreviated, one folded instruction.</summary>
    private ConstExpr ReadOffset(Cursor c)
    {
        var node = c.Next();
        if (!node.IsList) throw Errors.Unexpected(node);
        return node.Is("offset") ? ReadExpr(Cursor.Of(node)) : ReadExpr(new Cursor([node], 0, node.Close!));
    }

    private void ReadData(Cursor c, SExpr field)
    {
        if (!IsLegacyTarget(field, _memorySpace)) c.TryAtom(TokenKind.Id, out _);
        uint? memory = null;
        if (c.PeekList("memory"))
        {
            var mc = Cursor.Of(c.Next());
            memory = _memorySpace.Resolve(mc.Next());
            mc.ExpectEnd();
        }
        else if (c.Peek is { IsList: false } p && (p.Token.Kind is TokenKind.Id or TokenKind.Number) && c.PeekSecond is { IsList: true })
        {
            memory = _memorySpace.Resolve(c.Next());
        }
        if (memory is not null || c.Peek is { IsList: true })
        {
            var offset = ReadOffset(c);
            _data.Add(new DataSegment(SegmentMode.Active, ReadStrings(c)) { MemoryIndex = memory ?? 0, Offset = offset });
            return;
        }
        _data.Add(new DataSegment(SegmentMode.Passive, ReadStrings(c)));
    }

    /// <summary>string*: the concatenated bytes.</summary>
    private static ImmutableArray<byte> ReadStrings(Cursor c)
    {
        var bytes = ImmutableArray.CreateBuilder<byte>();
        while (!c.AtEnd)
        {
            var s = c.Next();
            if (!s.IsAtom(TokenKind.String)) throw Errors.Unexpected(s);
            bytes.AddRange(s.Token.Bytes!);
        }
        return bytes.ToImmutable();
    }

    /// <summary>A name: a string that must be valid UTF-8 (https://webassembly.github.io/spec/core/text/values.html#names).</summary>
    private string Name(SExpr node) => ReadName(node, _messages.MalformedUtf8);

    /// <summary>A name: a string that must be valid UTF-8 (https://webassembly.github.io/spec/core/text/values.html#names).</summary>
    internal static string ReadName(SExpr node, string malformedUtf8 = "malformed UTF-8 encoding")
    {
        if (!node.IsAtom(TokenKind.String)) throw Errors.Unexpected(node);
        try
        {
            return Utf8Strict.GetString(node.Token.Bytes!);
        }
        catch (DecoderFallbackException)
        {
            throw Errors.At(node, malformedUtf8);
        }
    }

    private static readonly UTF8Encoding Utf8Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>An unsigned 32-bit number ("i32 constant out of range" beyond 2^32-1).</summary>
    internal static uint ParseU32(SExpr node)
    {
        if (!node.IsAtom(TokenKind.Number) || !NumberLiterals.IsNat(node.Token.Text)) throw Errors.Unexpected(node);
        if (!NumberLiterals.TryParseNat(node.Token.Text, out ulong value) || value > uint.MaxValue)
        {
            throw Errors.At(node, "i32 constant out of range");
        }
        return (uint)value;
    }
}
