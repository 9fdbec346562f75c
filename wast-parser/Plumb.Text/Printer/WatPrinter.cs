using System.Collections.Immutable;
using System.Text;
using Plumb.Structure;

namespace Plumb.Text;

/// <summary>
/// Prints a module in the flat text format (https://webassembly.github.io/spec/core/text/index.html)
/// so that parsing the output gives back the same module: every index is numeric, every immediate is
/// written out, and floats are exact. See wast-parser/RATIONALE.md, "What does the printer promise?".
/// </summary>
/// <remarks>
/// Definitions appear in binary section order. Names from the name section are printed as ids at their
/// definitions, custom sections as <c>(@custom ...)</c> annotations in their place; the data count section is
/// left to the text encoder (wast-parser/RATIONALE.md, "How do custom sections survive text?").
/// </remarks>
internal static partial class WatPrinter
{
    private const string Indent = "  ";

    /// <summary>The deepest nesting that indents further: the output stays linear in the module's size.</summary>
    private const int MaxIndentDepth = 32;

    /// <summary>Prints the module as one <c>(module ...)</c> form ending with a newline.</summary>
    public static string Print(Module module)
    {
        var p = new Printer(module);
        p.PrintModule();
        return p.ToString();
    }

    private sealed partial class Printer(Module module)
    {
        private readonly StringBuilder _out = new();
        private readonly string?[] _funcIds = FunctionIds(module);
        private readonly NameSection _names = module.Names ?? new NameSection();
        private readonly Dictionary<uint, string> _typeIds = Ids(module.Names?.TypeNames, (uint)module.Types.Length);
        private readonly Dictionary<uint, string> _tableIds = Ids(module.Names?.TableNames, Count(module, ExternKind.Table) + (uint)module.Tables.Length);
        private readonly Dictionary<uint, string> _memoryIds = Ids(module.Names?.MemoryNames, Count(module, ExternKind.Memory) + (uint)module.Memories.Length);
        private readonly Dictionary<uint, string> _globalIds = Ids(module.Names?.GlobalNames, Count(module, ExternKind.Global) + (uint)module.Globals.Length);
        private Dictionary<uint, string> _elemIds = [];
        private Dictionary<uint, string> _dataIds = [];
        private string? _moduleId;

        // Names printed for the current function's locals and labels, and all of them, for the name section check.
        private readonly Dictionary<uint, ImmutableDictionary<uint, string>> _printedLocals = [];
        private readonly Dictionary<uint, ImmutableDictionary<uint, string>> _printedLabels = [];
        private Dictionary<uint, string> _labelIds = [];
        private int _blockCount;

        public override string ToString() => _out.ToString();

        public void PrintModule()
        {
            _namesAsIds = NameSectionAtTheEnd(module);
            _out.Append("(module");
            if (module.Names?.ModuleName is { } moduleName && IsId(moduleName))
            {
                _moduleId = moduleName;
                _out.Append(" $").Append(IdText(moduleName));
            }
            // An element (data) segment's id must not also name a table (memory): the parser would read
            // (elem $t (offset ...)) as the 1.0 form whose id is the table.
            _elemIds = Ids(module.Names?.ElemNames, (uint)module.Elements.Length, [.. _tableIds.Values]);
            _dataIds = Ids(module.Names?.DataNames, (uint)module.Data.Length, [.. _memoryIds.Values]);
            _out.Append('\n');
            CustomComments(0);
            for (int i = 0; i < module.Types.Length; i++)
            {
                _out.Append(Indent).Append("(type");
                IdOf(_typeIds, (uint)i);
                _out.Append(" (;").Append(i).Append(";) (func");
                Signature(module.Types[i]);
                _out.Append("))\n");
            }
            CustomComments(1);
            PrintImports();
            CustomComments(2);
            PrintFunctions();
            CustomComments(3);
            for (int i = 0; i < module.Tables.Length; i++)
            {
                _out.Append(Indent).Append("(table");
                IdOf(_tableIds, (uint)(ImportCount(ExternKind.Table) + i));
                _out.Append(" (;").Append(ImportCount(ExternKind.Table) + i).Append(";) ");
                TableType(module.Tables[i]);
                _out.Append(")\n");
            }
            CustomComments(4);
            for (int i = 0; i < module.Memories.Length; i++)
            {
                _out.Append(Indent).Append("(memory");
                IdOf(_memoryIds, (uint)(ImportCount(ExternKind.Memory) + i));
                _out.Append(" (;").Append(ImportCount(ExternKind.Memory) + i).Append(";) ");
                Limits(module.Memories[i].Limits);
                _out.Append(")\n");
            }
            CustomComments(5);
            for (int i = 0; i < module.Globals.Length; i++)
            {
                var global = module.Globals[i];
                _out.Append(Indent).Append("(global");
                IdOf(_globalIds, (uint)(ImportCount(ExternKind.Global) + i));
                _out.Append(" (;").Append(ImportCount(ExternKind.Global) + i).Append(";) ");
                GlobalType(global.Type);
                _out.Append(' ');
                ConstExpr(global.Init);
                _out.Append(")\n");
            }
            CustomComments(6);
            foreach (var export in module.Exports)
            {
                _out.Append(Indent).Append("(export ");
                Name(export.Name);
                _out.Append(" (").Append(KindKeyword(export.Kind)).Append(' ').Append(export.Index).Append("))\n");
            }
            CustomComments(7);
            if (module.Start is { } start)
            {
                _out.Append(Indent).Append("(start ").Append(start).Append(")\n");
            }
            CustomComments(8);
            PrintElements();
            CustomComments(9);
            CustomComments(12);
            CustomComments(10);
            PrintData();
            CustomComments(11);
            _out.Append(")\n");
        }

        /// <summary>Appends <c> $id</c> when the space has a printable id for the index.</summary>
        private void IdOf(Dictionary<uint, string> ids, uint index)
        {
            if (ids.TryGetValue(index, out string? id))
            {
                _out.Append(" $").Append(IdText(id));
            }
        }

        private void PrintImports()
        {
            var counts = new int[4];
            foreach (var import in module.Imports)
            {
                _out.Append(Indent).Append("(import ");
                Name(import.Module);
                _out.Append(' ');
                Name(import.Name);
                int index = counts[(int)import.Kind]++;
                _out.Append(" (").Append(KindKeyword(import.Kind));
                if (import.Kind == ExternKind.Func && _funcIds[index] is { } id)
                {
                    _out.Append(" $").Append(IdText(id));
                }
                IdOf(import.Kind switch
                {
                    ExternKind.Table => _tableIds,
                    ExternKind.Memory => _memoryIds,
                    ExternKind.Global => _globalIds,
                    _ => [],
                }, (uint)index);
                _out.Append(" (;").Append(index).Append(";) ");
                switch (import.Kind)
                {
                    case ExternKind.Func:
                        _out.Append("(type ").Append(import.FuncTypeIndex).Append(')');
                        break;
                    case ExternKind.Table:
                        TableType(import.Table);
                        break;
                    case ExternKind.Memory:
                        Limits(import.Memory.Limits);
                        break;
                    case ExternKind.Global:
                        GlobalType(import.Global);
                        break;
                    default:
                        throw new ArgumentException($"import kind {import.Kind} has no text form", nameof(module));
                }
                _out.Append("))\n");
            }
        }

        private void PrintFunctions()
        {
            int imported = ImportCount(ExternKind.Func);
            for (int i = 0; i < module.Functions.Length; i++)
            {
                int index = imported + i;
                _out.Append(Indent).Append("(func");
                if (_funcIds[index] is { } id)
                {
                    _out.Append(" $").Append(IdText(id));
                }
                _out.Append(" (;").Append(index).Append(";) (type ").Append(module.Functions[i]).Append(')');
                if (i < module.Codes.Length)
                {
                    FunctionBody(module.Codes[i], (uint)index, module.Functions[i] < (uint)module.Types.Length ? module.Types[(int)module.Functions[i]] : null);
                }
                _out.Append(")\n");
            }
        }

        private void PrintElements()
        {
            for (int i = 0; i < module.Elements.Length; i++)
            {
                var segment = module.Elements[i];
                _out.Append(Indent).Append("(elem");
                IdOf(_elemIds, (uint)i);
                _out.Append(" (;").Append(i).Append(";)");
                switch (segment.Mode)
                {
                    case SegmentMode.Active:
                        if (segment.TableIndex != 0)
                        {
                            _out.Append(" (table ").Append(segment.TableIndex).Append(')');
                        }
                        _out.Append(' ');
                        Offset(segment.Offset);
                        break;
                    case SegmentMode.Declarative:
                        _out.Append(" declare");
                        break;
                }
                // The binary's two encodings (function indices or expressions) map to the text's two
                // element lists, so the text encoder can choose the same one back
                // (https://webassembly.github.io/spec/core/text/modules.html#element-segments).
                if (!segment.UsesExpressions && segment.Type == ValType.FuncRef && segment.Init.All(IsRefFunc))
                {
                    _out.Append(" func");
                    foreach (var item in segment.Init)
                    {
                        _out.Append(' ').Append(item.Instructions[0].A);
                    }
                }
                else
                {
                    _out.Append(' ').Append(segment.Type.ToText());
                    foreach (var item in segment.Init)
                    {
                        _out.Append(" (item ");
                        ConstExpr(item);
                        _out.Append(')');
                    }
                }
                _out.Append(")\n");
            }
        }

        private void PrintData()
        {
            for (int i = 0; i < module.Data.Length; i++)
            {
                var segment = module.Data[i];
                _out.Append(Indent).Append("(data");
                IdOf(_dataIds, (uint)i);
                _out.Append(" (;").Append(i).Append(";)");
                if (segment.Mode == SegmentMode.Active)
                {
                    if (segment.MemoryIndex != 0)
                    {
                        _out.Append(" (memory ").Append(segment.MemoryIndex).Append(')');
                    }
                    _out.Append(' ');
                    Offset(segment.Offset);
                }
                Strings(segment.Bytes.AsSpan());
                _out.Append(")\n");
            }
        }

        /// <summary>
        /// Bytes as one or more strings after a space each (the text format concatenates them): long data is split
        /// into strings of 64 bytes; no bytes is one empty string.
        /// </summary>
        private void Strings(ReadOnlySpan<byte> bytes)
        {
            const int chunk = 64;
            if (bytes.IsEmpty)
            {
                _out.Append(" \"\"");
            }
            for (int start = 0; start < bytes.Length; start += chunk)
            {
                _out.Append(' ');
                StringLiteral(bytes.Slice(start, Math.Min(chunk, bytes.Length - start)));
            }
        }

        private void Offset(ConstExpr? offset)
        {
            _out.Append("(offset ");
            if (offset is not null)
            {
                ConstExpr(offset);
            }
            _out.Append(')');
        }

        private static bool IsRefFunc(ConstExpr expr) =>
            expr.Instructions.Length == 1 && expr.Instructions[0].Opcode == Instructions.Opcode.RefFunc;

        /// <summary>
        /// The custom sections placed after section <paramref name="after"/>, as the annotations proposal's
        /// <c>(@custom "name" (after sec) "bytes")</c>; the name section only when its ids cannot say it
        /// (wast-parser/RATIONALE.md, "How do custom sections survive text?").
        /// </summary>
        private void CustomComments(byte after)
        {
            foreach (var custom in module.Customs)
            {
                // Every function is printed before the first place a name section can be said by ids alone (after the
                // last section), so the printed ids are all known here.
                if (custom.After == after && !(ReferenceEquals(custom, _namesAsIds) && NamesRoundTrip(custom)))
                {
                    CustomAnnotation(custom);
                }
            }
        }

        private void CustomAnnotation(CustomSection custom)
        {
            _out.Append(Indent).Append("(@custom ");
            Name(custom.Name);
            _out.Append(custom.After == 0 ? " (before first)" : $" (after {SectionKeyword(custom.After)})");
            Strings(custom.Content.AsSpan());
            _out.Append(")\n");
        }

        private static string SectionKeyword(byte id) => id switch
        {
            1 => "type",
            2 => "import",
            3 => "func",
            4 => "table",
            5 => "memory",
            6 => "global",
            7 => "export",
            8 => "start",
            9 => "elem",
            10 => "code",
            11 => "data",
            12 => "datacount",
            _ => throw new ArgumentException($"custom section after unknown section {id}"),
        };

        // The module's one name section when the printed ids say exactly it, byte for byte and in its place; then it
        // is printed only as ids and the text encoder writes it back. Decided once the whole module is printed.
        private CustomSection? _namesAsIds;

        /// <summary>
        /// The printed ids give the parser a name section; when that is not the module's own (names that are not
        /// ids or not unique, subsections or order the encoder would not write, another place), the original
        /// bytes are printed as a <c>@custom</c> annotation, which the text encoder prefers to its own.
        /// </summary>
        private bool NamesRoundTrip(CustomSection original)
        {
            var printed = new NameSection
            {
                ModuleName = _moduleId,
                FunctionNames = ToMap(_funcIds),
                LocalNames = _printedLocals.ToImmutableDictionary(),
                LabelNames = _printedLabels.ToImmutableDictionary(),
                TypeNames = _typeIds.ToImmutableDictionary(),
                TableNames = _tableIds.ToImmutableDictionary(),
                MemoryNames = _memoryIds.ToImmutableDictionary(),
                GlobalNames = _globalIds.ToImmutableDictionary(),
                ElemNames = _elemIds.ToImmutableDictionary(),
                DataNames = _dataIds.ToImmutableDictionary(),
            };
            return !printed.IsEmpty && original.Content.AsSpan().SequenceEqual(Binary.ModuleWriter.NameSectionBytes(printed));
        }

        private static ImmutableDictionary<uint, string> ToMap(string?[] ids)
        {
            var map = ImmutableDictionary.CreateBuilder<uint, string>();
            for (int i = 0; i < ids.Length; i++)
            {
                if (ids[i] is { } id)
                {
                    map[(uint)i] = id;
                }
            }
            return map.ToImmutable();
        }

        /// <summary>
        /// The name section that may be printed as ids alone: the only one, and the first custom section after the
        /// module's last section, where the text encoder writes the name section it derives from ids.
        /// </summary>
        private static CustomSection? NameSectionAtTheEnd(Module module)
        {
            var names = module.Customs.Where(c => c.Name == Binary.ModuleReader.NameSectionName).ToList();
            if (names.Count != 1 || module.Names is null)
            {
                return null;
            }
            byte last = Binary.ModuleWriter.LastSection(module with { Customs = [.. module.Customs.Where(c => !ReferenceEquals(c, names[0]))] });
            var first = module.Customs.FirstOrDefault(c => c.After == last);
            return names[0].After == last && ReferenceEquals(first, names[0]) ? names[0] : null;
        }

        private int ImportCount(ExternKind kind)
        {
            int count = 0;
            foreach (var import in module.Imports)
            {
                if (import.Kind == kind)
                {
                    count++;
                }
            }
            return count;
        }

        private void Signature(FuncType type)
        {
            if (type.Params.Length > 0)
            {
                _out.Append(" (param");
                foreach (var t in type.Params)
                {
                    _out.Append(' ').Append(t.ToText());
                }
                _out.Append(')');
            }
            if (type.Results.Length > 0)
            {
                _out.Append(" (result");
                foreach (var t in type.Results)
                {
                    _out.Append(' ').Append(t.ToText());
                }
                _out.Append(')');
            }
        }

        private void TableType(TableType type)
        {
            Limits(type.Limits);
            _out.Append(' ').Append(type.ElementType.ToText());
        }

        private void Limits(Limits limits)
        {
            _out.Append(limits.Min);
            if (limits.Max is { } max)
            {
                _out.Append(' ').Append(max);
            }
        }

        private void GlobalType(GlobalType type)
        {
            if (type.Mutable)
            {
                _out.Append("(mut ").Append(type.ValType.ToText()).Append(')');
            }
            else
            {
                _out.Append(type.ValType.ToText());
            }
        }

        private static string KindKeyword(ExternKind kind) => kind switch
        {
            ExternKind.Func => "func",
            ExternKind.Table => "table",
            ExternKind.Memory => "memory",
            ExternKind.Global => "global",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no text keyword"),
        };

        private void Name(string name) => StringLiteral(Encoding.UTF8.GetBytes(name));

        /// <summary>
        /// A string literal: printable ASCII as is, everything else as <c>\hh</c> byte escapes, which
        /// keeps the bytes exact whatever they are (https://webassembly.github.io/spec/core/text/values.html#strings).
        /// </summary>
        private void StringLiteral(ReadOnlySpan<byte> bytes)
        {
            _out.Append('"');
            foreach (byte b in bytes)
            {
                if (b >= 0x20 && b < 0x7F && b != '"' && b != '\\')
                {
                    _out.Append((char)b);
                }
                else
                {
                    _out.Append('\\').Append(HexDigit(b >> 4)).Append(HexDigit(b & 0xF));
                }
            }
            _out.Append('"');
        }

        private static char HexDigit(int d) => (char)(d < 10 ? '0' + d : 'a' + d - 10);

        /// <summary>
        /// Function ids from the name section, used only where the name is a valid, unique id, so the
        /// printed text always parses (https://webassembly.github.io/spec/core/text/values.html#text-id).
        /// </summary>
        private static string?[] FunctionIds(Module module)
        {
            int count = module.Imports.Count(i => i.Kind == ExternKind.Func) + module.Functions.Length;
            var ids = new string?[count];
            if (module.Names is null)
            {
                return ids;
            }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var duplicate = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in module.Names.FunctionNames.Values)
            {
                if (!seen.Add(name))
                {
                    duplicate.Add(name);
                }
            }
            foreach (var (index, name) in module.Names.FunctionNames)
            {
                if (index < (uint)count && IsId(name) && !duplicate.Contains(name))
                {
                    ids[index] = name;
                }
            }
            return ids;
        }
    }

    /// <summary>The names of one index space that can be printed as ids: valid ids, in range, used once (and not in <paramref name="taken"/>).</summary>
    private static Dictionary<uint, string> Ids(ImmutableDictionary<uint, string>? names, uint count, HashSet<string>? taken = null)
    {
        var ids = new Dictionary<uint, string>();
        if (names is null)
        {
            return ids;
        }
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string name in names.Values)
        {
            uses[name] = uses.GetValueOrDefault(name) + 1;
        }
        foreach (var (index, name) in names)
        {
            if (index < count && IsId(name) && uses[name] == 1 && taken?.Contains(name) != true)
            {
                ids[index] = name;
            }
        }
        return ids;
    }

    private static uint Count(Module module, ExternKind kind) => (uint)module.Imports.Count(i => i.Kind == kind);

    /// <summary>
    /// True when the name can be printed as an id: any non-empty name that is well-formed Unicode (no lone surrogate), plainly
    /// (<see cref="IsPlainId"/>) or as a string (<c>$"a b"</c>, https://webassembly.github.io/spec/core/text/values.html#text-id).
    /// </summary>
    internal static bool IsId(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsHighSurrogate(name[i]) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(name[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>What follows <c>$</c> for the name: the name itself when it is made of idchars, else the name as a string.</summary>
    internal static string IdText(string name)
    {
        if (IsPlainId(name))
        {
            return name;
        }
        var text = new StringBuilder("\"");
        foreach (byte b in Encoding.UTF8.GetBytes(name))
        {
            if (b >= 0x20 && b < 0x7F && b != '"' && b != '\\')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('\\').Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return text.Append('"').ToString();
    }

    /// <summary>True when <c>$</c> followed by the name is an id as plain text (idchars only).</summary>
    internal static bool IsPlainId(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }
        foreach (char c in name)
        {
            bool ok = c is (>= '0' and <= '9') or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')
                or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '/'
                or ':' or '<' or '=' or '>' or '?' or '@' or '\\' or '^' or '_' or '`' or '|' or '~';
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }
}
