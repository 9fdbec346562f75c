using Plumb.Text.Lexing;

namespace Plumb.Text.Parsing;

/// <summary>
/// One index space of a module or function (funcs, tables, locals, ...): the symbolic ids bound so far
/// and the next index (https://webassembly.github.io/spec/core/text/modules.html#indices).
/// </summary>
internal sealed class IndexSpace
{
    private readonly Dictionary<string, uint> _names = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<uint, string>> _byIndex = [];

    /// <summary>Creates a space; <paramref name="bindName"/> words "duplicate X", <paramref name="useName"/> "unknown X".</summary>
    public IndexSpace(string bindName, string useName)
    {
        BindName = bindName;
        UseName = useName;
    }

    /// <summary>The word after "duplicate".</summary>
    public string BindName { get; }

    /// <summary>The word after "unknown".</summary>
    public string UseName { get; }

    /// <summary>Number of indices allocated.</summary>
    public uint Count { get; private set; }

    /// <summary>Allocates the next index, binding <paramref name="id"/> to it when given.</summary>
    /// <exception cref="WatSyntaxException">The id is already bound ("duplicate func", ...).</exception>
    public uint Add(Token? id)
    {
        if (id is not null && !_names.TryAdd(id.Text, Count))
        {
            throw Errors.At(id, $"duplicate {BindName} {id.Text}");
        }
        if (id is not null)
        {
            _byIndex.Add(new(Count, id.Text[1..]));
        }
        return Count++;
    }

    /// <summary>Resolves a symbolic or numeric reference.</summary>
    /// <exception cref="WatSyntaxException">An unbound id, an out-of-range number or not an index at all.</exception>
    public uint Resolve(SExpr node)
    {
        var token = node.Token;
        if (node.IsAtom(TokenKind.Id))
        {
            return _names.TryGetValue(token.Text, out uint index) ? index : throw Errors.At(token, $"unknown {UseName} {token.Text}");
        }
        return ModuleParser.ParseU32(node);
    }

    /// <summary>The bound ids without their <c>$</c>, by index: this space's part of the name section.</summary>
    public System.Collections.Immutable.ImmutableDictionary<uint, string> Names =>
        System.Collections.Immutable.ImmutableDictionary.CreateRange(_byIndex);

    /// <summary>True if <paramref name="id"/> is bound.</summary>
    public bool TryGet(string id, out uint index) => _names.TryGetValue(id, out index);
}
