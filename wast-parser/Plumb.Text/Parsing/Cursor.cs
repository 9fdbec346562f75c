using Plumb.Text.Lexing;

namespace Plumb.Text.Parsing;

/// <summary>Reads the elements of one list (or the top level) left to right.</summary>
internal sealed class Cursor
{
    private readonly SExpr[] _items;
    private readonly Token _end;
    private int _position;

    /// <summary>Reads <paramref name="items"/> from <paramref name="start"/>; <paramref name="end"/> locates errors at the end.</summary>
    public Cursor(SExpr[] items, int start, Token end)
    {
        _items = items;
        _position = start;
        _end = end;
    }

    /// <summary>Reads a list's elements after its first <paramref name="skip"/> ones.</summary>
    /// <exception cref="WatSyntaxException">The node is an atom where a list belongs.</exception>
    public static Cursor Of(SExpr list, int skip = 1) =>
        list.Items is { } items ? new(items, skip, list.Close!) : throw Errors.Unexpected(list);

    /// <summary>True when nothing is left.</summary>
    public bool AtEnd => _position >= _items.Length;

    /// <summary>The next element, or null at the end.</summary>
    public SExpr? Peek => _position < _items.Length ? _items[_position] : null;

    /// <summary>The element after the next, or null.</summary>
    public SExpr? PeekSecond => _position + 1 < _items.Length ? _items[_position + 1] : null;

    /// <summary>The token errors at the end of the list point at (its closing parenthesis).</summary>
    public Token EndToken => _end;

    /// <summary>Consumes and returns the next element.</summary>
    /// <exception cref="WatSyntaxException">Nothing is left ("unexpected token" at the closing parenthesis).</exception>
    public SExpr Next()
    {
        if (_position >= _items.Length) throw new WatSyntaxException("unexpected token", _end.Line, _end.Column);
        return _items[_position++];
    }

    /// <summary>True if the next element is a list headed by <paramref name="head"/>.</summary>
    public bool PeekList(string head) => Peek is { } p && p.Is(head);

    /// <summary>True if the next element is an atom of the kind.</summary>
    public bool PeekAtom(TokenKind kind) => Peek is { } p && p.IsAtom(kind);

    /// <summary>True if the next element is the keyword.</summary>
    public bool PeekKeyword(string keyword) => Peek is { } p && p.IsKeyword(keyword);

    /// <summary>Consumes an atom of the kind if it is next.</summary>
    public bool TryAtom(TokenKind kind, out Token token)
    {
        if (PeekAtom(kind))
        {
            token = _items[_position++].Token;
            return true;
        }
        token = null!;
        return false;
    }

    /// <summary>Consumes the keyword if it is next.</summary>
    public bool TryKeyword(string keyword)
    {
        if (!PeekKeyword(keyword)) return false;
        _position++;
        return true;
    }

    /// <summary>Fails unless every element was consumed.</summary>
    public void ExpectEnd()
    {
        if (Peek is { } extra) throw Errors.Unexpected(extra);
    }
}
