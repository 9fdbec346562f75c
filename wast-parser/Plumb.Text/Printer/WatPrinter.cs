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
/// Definitions appear in binary section order. Text cannot carry custom sections or the data count
/// section; custom sections become comments and the data count is left to the text encoder.
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

        public override string ToString() => _out.ToString();

        public void PrintModule()
        {
            _out.Append("(module");
            if (module.Names?.ModuleName is { } moduleName && IsId(moduleName))
            {
                _out.Append(" $").Append(moduleName);
            }
            _out.Append('\n');
            CustomComments(0);
            for (int i = 0; i < module.Types.Length; i++)
            {
                _out.Append(Indent).Append("(type (;").Append(i).Append(";) (func");
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
                _out.Append(Indent).Append("(table (;").Append(ImportCount(ExternKind.Table) + i).Append(";) ");
                TableType(module.Tables[i]);
                _out.Append(")\n");
            }
            CustomComments(4);
            for (int i = 0; i < module.Memories.Length; i++)
            {
                _out.Append(Indent).Append("(memory (;").Append(ImportCount(ExternKind.Memory) + i).Append(";) ");
                Limits(module.Memories[i].Limits);
                _out.Append(")\n");
            }
            CustomComments(5);
            for (int i = 0; i < module.Globals.Length; i++)
            {
                var global = module.Globals[i];
                _out.Append(Indent).Append("(global (;").Append(ImportCount(ExternKind.Global) + i).Append(";) ");
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
                    _out.Append(" $").Append(id);
                }
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
                    _out.Append(" $").Append(id);
                }
                _out.Append(" (;").Append(index).Append(";) (type ").Append(module.Functions[i]).Append(')');
                if (i < module.Codes.Length)
                {
                    FunctionBody(module.Codes[i]);
                }
                _out.Append(")\n");
            }
        }

        private void PrintElements()
        {
            for (int i = 0; i < module.Elements.Length; i++)
            {
                var segment = module.Elements[i];
                _out.Append(Indent).Append("(elem (;").Append(i).Append(";)");
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
                _out.Append(Indent).Append("(data (;").Append(i).Append(";)");
                if (segment.Mode == SegmentMode.Active)
                {
                    if (segment.MemoryIndex != 0)
                    {
                        _out.Append(" (memory ").Append(segment.MemoryIndex).Append(')');
                    }
                    _out.Append(' ');
                    Offset(segment.Offset);
                }
                // Long data is split into several strings, which the text format concatenates.
                const int chunk = 64;
                var bytes = segment.Bytes.AsSpan();
                if (bytes.IsEmpty)
                {
                    _out.Append(" \"\"");
                }
                for (int start = 0; start < bytes.Length; start += chunk)
                {
                    _out.Append(' ');
                    StringLiteral(bytes.Slice(start, Math.Min(chunk, bytes.Length - start)));
                }
                _out.Append(")\n");
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

        private void CustomComments(byte after)
        {
            foreach (var custom in module.Customs)
            {
                if (custom.After == after)
                {
                    // The text format has no custom sections; the comment keeps them visible.
                    _out.Append(Indent).Append(";; custom section ");
                    Name(custom.Name);
                    _out.Append(", ").Append(custom.Content.Length).Append(" bytes\n");
                }
            }
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

    /// <summary>True when <c>$</c> followed by the name is a text-format identifier.</summary>
    internal static bool IsId(string name)
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
