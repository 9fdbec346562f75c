using System.Text;
using Plumb.Binary;
using Plumb.Text.Lexing;
using Plumb.Text.Parsing;

namespace Plumb.Text.Wast;

/// <summary>
/// Reads WAST scripts (https://github.com/WebAssembly/spec/tree/main/interpreter#scripts) into a
/// <see cref="WastScript"/>. Text modules are encoded while the script is read; a text module that does
/// not parse does not stop the script: its command keeps the source, so that running it reports the error.
/// </summary>
public static class WastParser
{
    /// <summary>Parses a whole script.</summary>
    /// <param name="text">The script text.</param>
    /// <param name="fileName">The script's name, kept in the result and used in messages.</param>
    /// <exception cref="WatSyntaxException">The script itself (not a module inside it) is malformed; the message names the line.</exception>
    public static WastScript Parse(string text, string fileName)
    {
        var commands = new List<WastCommand>();
        var nodes = SExpr.Build(text);
        if (nodes.Count > 0 && nodes[0].Head is "type" or "import" or "func" or "table" or "memory" or "global" or "export" or "start" or "elem" or "data")
        {
            // A script that is just module fields is one module (the reference interpreter's inline module form).
            commands.Add(new ModuleCommand(nodes[0].Token.Line, ReadInlineModule(nodes, text)));
            return new WastScript(fileName, commands);
        }
        foreach (var node in nodes)
        {
            commands.Add(ReadCommand(node, text));
        }
        return new WastScript(fileName, commands);
    }

    private static WastCommand ReadCommand(SExpr node, string text)
    {
        int line = node.Token.Line;
        if (!node.IsList) throw Errors.Unexpected(node);
        var c = Cursor.Of(node);
        switch (node.Head)
        {
            case "module":
                return new ModuleCommand(line, ReadModule(node, text));
            case "register":
            {
                string name = ModuleParser.ReadName(c.Next());
                string? module = c.TryAtom(TokenKind.Id, out var id) ? id.Text : null;
                c.ExpectEnd();
                return new RegisterCommand(line, name, module);
            }
            case "invoke" or "get":
                return new ActionCommand(line, ReadAction(node));
            case "assert_return":
            {
                var action = ReadAction(c.Next());
                var expected = new List<WastExpected>();
                while (!c.AtEnd) expected.Add(ReadExpected(c.Next()));
                return new AssertReturn(line, action, expected);
            }
            case "assert_return_canonical_nan" or "assert_return_arithmetic_nan":
            {
                var action = ReadAction(c.Next());
                c.ExpectEnd();
                var kind = node.Head == "assert_return_canonical_nan" ? NanKind.Canonical : NanKind.Arithmetic;
                return new AssertReturn(line, action, [new ExpectedUntypedNan(kind)]);
            }
            case "assert_trap":
            {
                var target = c.Next();
                string message = ReadMessage(c);
                return target.Is("module")
                    ? new AssertModuleTrap(line, ReadModule(target, text), message)
                    : new AssertTrap(line, ReadAction(target), message);
            }
            case "assert_exhaustion":
            {
                var action = ReadAction(c.Next());
                return new AssertExhaustion(line, action, ReadMessage(c));
            }
            case "assert_invalid" or "assert_malformed" or "assert_unlinkable":
            {
                var moduleNode = c.Next();
                if (!moduleNode.Is("module")) throw Errors.Unexpected(moduleNode);
                var module = ReadModule(moduleNode, text);
                string message = ReadMessage(c);
                return node.Head switch
                {
                    "assert_invalid" => new AssertInvalid(line, module, message),
                    "assert_malformed" => new AssertMalformed(line, module, message),
                    _ => new AssertUnlinkable(line, module, message),
                };
            }
            default:
                throw Errors.At(node, $"unknown script command on line {line}: {(node.Items!.Length > 0 ? node.Items[0].Token.Text : "()")}");
        }
    }

    /// <summary>
    /// The text of a <c>module quote</c> string: its bytes as UTF-8, a byte that is not part of well-formed UTF-8 kept as a
    /// lone surrogate (U+DC80 to U+DCFF, as Python's "surrogateescape" does), which no valid text holds, so that the lexer
    /// reports it as "malformed UTF-8 encoding" where it stands rather than reading a replacement character.
    /// </summary>
    internal static string QuotedSource(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length);
        var rest = bytes.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(rest, out var rune, out int consumed) == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
            }
            else
            {
                for (int i = 0; i < consumed; i++)
                {
                    text.Append((char)(0xDC00 + rest[i]));
                }
            }
            rest = rest[consumed..];
        }
        return text.ToString();
    }

    private static string ReadMessage(Cursor c)
    {
        var node = c.Next();
        c.ExpectEnd();
        if (!node.IsAtom(TokenKind.String)) throw Errors.Unexpected(node);
        return Encoding.UTF8.GetString(node.Token.Bytes!);
    }

    /// <summary>(module $id? binary "..."*), (module $id? quote "..."*) or a text module.</summary>
    private static WastModule ReadModule(SExpr node, string text)
    {
        int line = node.Token.Line;
        var c = Cursor.Of(node);
        string? name = c.TryAtom(TokenKind.Id, out var id) ? id.Text : null;
        if (c.TryKeyword("binary"))
        {
            var bytes = new List<byte>();
            while (!c.AtEnd)
            {
                var s = c.Next();
                if (!s.IsAtom(TokenKind.String)) throw Errors.Unexpected(s);
                bytes.AddRange(s.Token.Bytes!);
            }
            return new WastModule(WastModuleKind.Binary, name, [.. bytes], null, line);
        }
        if (c.TryKeyword("quote"))
        {
            var source = new List<string>();
            while (!c.AtEnd)
            {
                var s = c.Next();
                if (!s.IsAtom(TokenKind.String)) throw Errors.Unexpected(s);
                source.Add(QuotedSource(s.Token.Bytes!));
            }
            return new WastModule(WastModuleKind.Quote, name, null, string.Join(" ", source), line);
        }
        string moduleText = text[node.Token.Offset..(node.Close!.Offset + 1)];
        byte[]? encoded;
        try
        {
            encoded = ModuleWriter.Write(ModuleParser.Parse(c, TextMessages.Core2, name));
        }
        catch (WatSyntaxException)
        {
            encoded = null;
        }
        return new WastModule(WastModuleKind.Text, name, encoded, moduleText, line);
    }

    private static WastModule ReadInlineModule(List<SExpr> nodes, string text)
    {
        var all = nodes.ToArray();
        byte[]? encoded;
        try
        {
            encoded = ModuleWriter.Write(ModuleParser.Parse(new Cursor(all, 0, all[^1].Close ?? all[^1].Token), TextMessages.Core2));
        }
        catch (WatSyntaxException)
        {
            encoded = null;
        }
        return new WastModule(WastModuleKind.Text, null, encoded, text, all[0].Token.Line);
    }

    /// <summary>(invoke $id? "name" const*) or (get $id? "name").</summary>
    private static WastAction ReadAction(SExpr node)
    {
        int line = node.Token.Line;
        var c = Cursor.Of(node);
        string? module = c.TryAtom(TokenKind.Id, out var id) ? id.Text : null;
        if (node.Is("invoke"))
        {
            string field = ModuleParser.ReadName(c.Next());
            var args = new List<WastValue>();
            while (!c.AtEnd) args.Add(ReadValue(c.Next()));
            return new InvokeAction(line, module, field, args);
        }
        if (node.Is("get"))
        {
            string field = ModuleParser.ReadName(c.Next());
            c.ExpectEnd();
            return new GetAction(line, module, field);
        }
        throw Errors.Unexpected(node.IsList && node.Items!.Length > 0 ? node.Items[0] : node);
    }

    /// <summary>A constant argument: (t.const n), (v128.const shape n*), (ref.null t), (ref.extern n).</summary>
    private static WastValue ReadValue(SExpr node)
    {
        if (!node.IsList || node.Head is not { } head) throw Errors.Unexpected(node);
        var c = Cursor.Of(node);
        WastValue value = head switch
        {
            "i32.const" => new WastValue(ValType.I32, ModuleParser.ReadInt(c.Next(), 32)),
            "i64.const" => new WastValue(ValType.I64, ModuleParser.ReadInt(c.Next(), 64)),
            "f32.const" => new WastValue(ValType.F32, ModuleParser.ReadF32(c.Next())),
            "f64.const" => new WastValue(ValType.F64, ModuleParser.ReadF64(c.Next())),
            "v128.const" => V128(ModuleParser.ReadV128(c)),
            "ref.null" => new WastValue(ModuleParser.ReadHeapType(c.Next()), 0, IsNull: true),
            "ref.extern" => new WastValue(ValType.ExternRef, ModuleParser.ParseU32(c.Next())),
            _ => throw Errors.Unexpected(node.Items![0]),
        };
        c.ExpectEnd();
        return value;

        static WastValue V128((ulong Low, ulong High) v) => new(ValType.V128, v.Low, v.High);
    }

    /// <summary>An expected result: a constant, a NaN pattern, lane patterns, or any non-null reference.</summary>
    private static WastExpected ReadExpected(SExpr node)
    {
        if (!node.IsList || node.Head is not { } head) throw Errors.Unexpected(node);
        var c = Cursor.Of(node);
        switch (head)
        {
            case "f32.const" or "f64.const" when c.Peek is { } p && NanPattern(p) is { } kind:
                c.Next();
                c.ExpectEnd();
                return new ExpectedNan(head == "f32.const" ? ValType.F32 : ValType.F64, kind);
            case "v128.const":
                return ReadExpectedV128(c);
            case "ref.extern" when c.AtEnd:
                return new ExpectedAnyRef(ValType.ExternRef);
            case "ref.func" when c.AtEnd:
                return new ExpectedAnyRef(ValType.FuncRef);
            default:
                return new ExpectedValue(ReadValue(node));
        }
    }

    private static NanKind? NanPattern(SExpr node) =>
        node.IsKeyword("nan:canonical") ? NanKind.Canonical : node.IsKeyword("nan:arithmetic") ? NanKind.Arithmetic : null;

    private static WastExpected ReadExpectedV128(Cursor c)
    {
        var shape = c.Next();
        var (count, bits, laneType) = shape.IsList ? throw Errors.Unexpected(shape) : shape.Token.Text switch
        {
            "i8x16" => (16, 8, ValType.I32),
            "i16x8" => (8, 16, ValType.I32),
            "i32x4" => (4, 32, ValType.I32),
            "i64x2" => (2, 64, ValType.I64),
            "f32x4" => (4, 32, ValType.F32),
            "f64x2" => (2, 64, ValType.F64),
            _ => throw Errors.Unexpected(shape),
        };
        var lanes = new List<WastExpected>();
        bool patterns = false;
        ulong low = 0, high = 0;
        for (int i = 0; i < count; i++)
        {
            var lane = c.Next();
            ulong value;
            if (NanPattern(lane) is { } kind)
            {
                lanes.Add(new ExpectedNan(laneType, kind));
                patterns = true;
                continue;
            }
            value = laneType switch
            {
                ValType.F32 => ModuleParser.ReadF32(lane),
                ValType.F64 => ModuleParser.ReadF64(lane),
                _ => ModuleParser.ReadInt(lane, bits),
            };
            lanes.Add(new ExpectedValue(new WastValue(laneType, value)));
            int shift = i * bits;
            if (shift < 64)
            {
                low |= value << shift;
            }
            else
            {
                high |= value << (shift - 64);
            }
        }
        c.ExpectEnd();
        return patterns ? new ExpectedV128(shape.Token.Text, lanes) : new ExpectedValue(new WastValue(ValType.V128, low, high));
    }
}
