using CsCheck;
using Plumb.Text.Lexing;
using Plumb.Text.Wast;

namespace Plumb.Text.Tests.Parsing;

/// <summary>
/// Spec-suite modules with tokens dropped, repeated or swapped encode to bytes that decode, or fail with
/// <see cref="WatSyntaxException"/> at a line and column inside the text (<see cref="TextErrors"/>).
/// </summary>
public class MutatedModuleTests
{
    private static readonly Lazy<string[][]> Modules = new(() =>
        SpecSuite.ParsedScripts("wg-2.0")
            .SelectMany(parsed => parsed.Script.Commands)
            .OfType<ModuleCommand>()
            .Select(c => c.Module)
            .Where(m => m.Kind == WastModuleKind.Text)
            .Select(m => Lexer.Tokenize(m.Source!).Where(t => t.Kind != TokenKind.Eof).Select(t => t.Text).ToArray())
            .ToArray());

    [Fact]
    public void MutatedSpecModulesEncodeOrAreASyntaxErrorInsideTheText()
    {
        var modules = Modules.Value;
        var gen =
            from index in Gen.Int[0, modules.Length - 1]
            from edits in Gen.Select(Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Array[1, 4]
            select Mutate(modules[index], edits);
        gen.Sample(text => TextErrors.EncodeOrSyntaxError(text), iter: 5_000);
    }

    private static string Mutate(string[] tokens, (int Kind, int At, int Other)[] edits)
    {
        var list = tokens.ToList();
        foreach (var (kind, at, other) in edits)
        {
            if (list.Count == 0) break;
            int i = at % list.Count, j = other % list.Count;
            switch (kind)
            {
                case 0:
                    list.RemoveAt(i);
                    break;
                case 1:
                    list.Insert(i, list[j]);
                    break;
                default:
                    (list[i], list[j]) = (list[j], list[i]);
                    break;
            }
        }
        return string.Join(" ", list);
    }
}
