using Plumb.Harness.Engines;
using Plumb.Text.Wast;

namespace Plumb.Harness;

/// <summary>
/// Runs one parsed WAST script against one engine, command by command, in the semantics of the
/// reference interpreter (https://github.com/WebAssembly/spec/tree/main/interpreter#scripts), and
/// reports a <see cref="CommandResult"/> per command. Every command counts: a module must
/// instantiate, an action must not trap, an assertion must hold. A command that needs a module
/// that failed to instantiate fails too, naming that module's line.
/// </summary>
public sealed class ScriptRunner
{
    private readonly IEngine _engine;
    private readonly Func<string, byte[]> _compileQuote;
    private readonly Action<CommandResult> _report;
    private readonly Dictionary<string, int> _named = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failedNames = new(StringComparer.Ordinal);
    private int _current = -1;
    private int _currentFailedLine;

    /// <summary>Creates a runner.</summary>
    /// <param name="engine">The engine under test.</param>
    /// <param name="compileQuote">Parses a <c>(module quote ...)</c>'s text to a binary, wording errors as the suite does; throws <see cref="WasmMalformedException"/> for malformed text.</param>
    /// <param name="report">Receives each command's verdict as soon as it is known (so that a crash later loses nothing).</param>
    public ScriptRunner(IEngine engine, Func<string, byte[]> compileQuote, Action<CommandResult> report)
    {
        _engine = engine;
        _compileQuote = compileQuote;
        _report = report;
    }

    /// <summary>Loads <c>spectest</c>, then runs every command of the script.</summary>
    public void Run(WastScript script)
    {
        var spectest = _engine.Load(Spectest.Binary);
        if (spectest.IsOk)
            spectest = _engine.Instantiate(spectest.Handle);
        if (spectest.IsOk)
            spectest = _engine.Register(Spectest.Name, spectest.Handle);
        if (!spectest.IsOk)
            _report(new CommandResult(0, "spectest host module", CommandStatus.Failed, "ok", spectest.ToString()));

        foreach (var command in script.Commands)
        {
            CommandResult result;
            try
            {
                result = Run(command);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // An exception out of the quote parser or an adapter is a bug there; it fails this
                // command and the script goes on.
                result = new CommandResult(command.Line, command.GetType().Name, CommandStatus.Failed, "a verdict", $"internal error: {e.GetType().Name}: {e.Message}");
            }
            _report(result);
        }
    }

    private CommandResult Run(WastCommand command) => command switch
    {
        ModuleCommand c => RunModule(c),
        RegisterCommand c => RunRegister(c),
        ActionCommand c => RunAction(c),
        AssertReturn c => RunAssertReturn(c),
        AssertTrap c => ExpectActionFailure(c.Line, "assert_trap", c.Action, OutcomeKind.Trap, c.Message),
        AssertExhaustion c => ExpectActionFailure(c.Line, "assert_exhaustion", c.Action, OutcomeKind.Exhaustion, c.Message),
        AssertModuleTrap c => ExpectModuleFailure(c.Line, "assert_trap", c.Module, OutcomeKind.Trap, c.Message),
        AssertInvalid c => ExpectModuleFailure(c.Line, "assert_invalid", c.Module, OutcomeKind.Invalid, c.Message),
        AssertMalformed c => ExpectModuleFailure(c.Line, "assert_malformed", c.Module, OutcomeKind.Malformed, c.Message),
        AssertUnlinkable c => ExpectModuleFailure(c.Line, "assert_unlinkable", c.Module, OutcomeKind.Unlinkable, c.Message),
        _ => new CommandResult(command.Line, command.GetType().Name, CommandStatus.Failed, "a known command", "the harness does not know this command"),
    };

    private CommandResult RunModule(ModuleCommand c)
    {
        string name = "module" + (c.Module.Name is { } n ? " " + n : "");
        var outcome = Bytes(c.Module, out byte[]? bytes);
        if (bytes is not null)
            outcome = _engine.Load(bytes);
        if (outcome.IsOk)
            outcome = _engine.Instantiate(outcome.Handle);
        if (outcome.IsOk)
        {
            _current = outcome.Handle;
            if (c.Module.Name is { } id)
            {
                _named[id] = outcome.Handle;
                _failedNames.Remove(id);
            }
            return new CommandResult(c.Line, name, CommandStatus.Passed, "instantiated", "instantiated");
        }
        _current = -1;
        _currentFailedLine = c.Line;
        if (c.Module.Name is { } failed)
        {
            _named.Remove(failed);
            _failedNames.Add(failed);
        }
        return Verdict(c.Line, name, outcome, "instantiated", null);
    }

    private CommandResult RunRegister(RegisterCommand c)
    {
        string name = $"register \"{c.As}\"";
        if (!TryInstance(c.ModuleName, out int instance, out string missing))
            return new CommandResult(c.Line, name, CommandStatus.Failed, "registered", missing);
        var outcome = _engine.Register(c.As, instance);
        return outcome.IsOk
            ? new CommandResult(c.Line, name, CommandStatus.Passed, "registered", "registered")
            : Verdict(c.Line, name, outcome, "registered", null);
    }

    private CommandResult RunAction(ActionCommand c)
    {
        string name = Describe(c.Action);
        var outcome = Perform(c.Action, out string? missing);
        if (missing is not null)
            return new CommandResult(c.Line, name, CommandStatus.Failed, "no trap", missing);
        return outcome.IsOk
            ? new CommandResult(c.Line, name, CommandStatus.Passed, "no trap", outcome.ToString())
            : Verdict(c.Line, name, outcome, "no trap", null);
    }

    private CommandResult RunAssertReturn(AssertReturn c)
    {
        string name = "assert_return " + Describe(c.Action);
        string expected = ValueText.Format(c.Expected);
        var outcome = Perform(c.Action, out string? missing);
        if (missing is not null)
            return new CommandResult(c.Line, name, CommandStatus.Failed, expected, missing);
        if (!outcome.IsOk)
            return Verdict(c.Line, name, outcome, expected, null);
        bool ok = Expectations.Match(c.Expected, outcome.Values ?? []);
        return new CommandResult(c.Line, name, ok ? CommandStatus.Passed : CommandStatus.Failed, expected, outcome.ToString());
    }

    private CommandResult ExpectActionFailure(int line, string command, WastAction action, OutcomeKind kind, string message)
    {
        string name = $"{command} {Describe(action)}";
        string expected = $"{Outcome.KindText(kind)}: {message}";
        var outcome = Perform(action, out string? missing);
        if (missing is not null)
            return new CommandResult(line, name, CommandStatus.Failed, expected, missing);
        return Verdict(line, name, outcome, expected, (kind, message));
    }

    private CommandResult ExpectModuleFailure(int line, string command, WastModule module, OutcomeKind kind, string message)
    {
        string name = $"{command} {KindWord(module.Kind)}";
        string expected = $"{Outcome.KindText(kind)}: {message}";
        var outcome = Bytes(module, out byte[]? bytes);
        if (bytes is null)
        {
            // A quote module that fails to parse is malformed at the text level: the parser's
            // verdict, the same for every engine (text-level checks belong to the parser, not to the engine under test).
            return Verdict(line, name, outcome, expected, (kind, message), exact: true);
        }
        if (kind == OutcomeKind.Malformed && module.Kind != WastModuleKind.Binary)
        {
            // The reference interpreter checks quoted malformed modules with its parser only.
            return new CommandResult(line, name, CommandStatus.Failed, expected, "the text parser accepted it");
        }
        outcome = _engine.Load(bytes);
        if (outcome.IsOk && kind is OutcomeKind.Unlinkable or OutcomeKind.Trap)
            outcome = _engine.Instantiate(outcome.Handle);
        return Verdict(line, name, outcome, expected, (kind, message));
    }

    /// <summary>
    /// The verdict for an outcome. <paramref name="want"/> is the expected failure, or null when
    /// success was expected (so any failure fails). Engines without exact messages pass on the
    /// category alone, with malformed and invalid merged (RATIONALE.md, "How strictly are other
    /// engines' errors compared?").
    /// </summary>
    private CommandResult Verdict(int line, string name, Outcome outcome, string expected, (OutcomeKind Kind, string Message)? want, bool exact = false)
    {
        if (outcome.Kind == OutcomeKind.Unsupported)
            return new CommandResult(line, name, CommandStatus.Skipped, expected, outcome.ToString());
        if (want is not { } w)
            return new CommandResult(line, name, CommandStatus.Failed, expected, outcome.ToString());
        bool messageOk = outcome.Message.StartsWith(w.Message, StringComparison.Ordinal);
        if (outcome.Kind == w.Kind && messageOk)
            return new CommandResult(line, name, CommandStatus.Passed, expected, outcome.ToString());
        if (exact || _engine.ExactMessages)
            return new CommandResult(line, name, CommandStatus.Failed, expected, outcome.ToString());
        bool sameCategory = outcome.Kind == w.Kind
            || (w.Kind is OutcomeKind.Malformed or OutcomeKind.Invalid && outcome.Kind is OutcomeKind.Malformed or OutcomeKind.Invalid or OutcomeKind.Rejected);
        return new CommandResult(line, name, sameCategory ? CommandStatus.Passed : CommandStatus.Failed, expected, outcome.ToString(), LooseMatch: sameCategory);
    }

    /// <summary>
    /// The module's binary: as given, or compiled from its text (a quote module, or a text module
    /// the script parser could not encode, whose text error is reported here). Null bytes come with
    /// the failure outcome when the text is malformed.
    /// </summary>
    private Outcome Bytes(WastModule module, out byte[]? bytes)
    {
        bytes = module.Bytes;
        if (bytes is not null)
            return Outcome.WithHandle(-1);
        if (module.Source is null)
            return Outcome.Failed(OutcomeKind.EngineError, "module without bytes or text");
        try
        {
            bytes = _compileQuote(module.Source);
            return Outcome.WithHandle(-1);
        }
        catch (WasmMalformedException e)
        {
            bytes = null;
            return Outcome.Failed(OutcomeKind.Malformed, e.Message);
        }
        catch (WasmInvalidException e)
        {
            bytes = null;
            return Outcome.Failed(OutcomeKind.Invalid, e.Message);
        }
    }

    private Outcome Perform(WastAction action, out string? missing)
    {
        if (!TryInstance(action.ModuleName, out int instance, out string why))
        {
            missing = why;
            return Outcome.Failed(OutcomeKind.EngineError, why);
        }
        missing = null;
        return action switch
        {
            InvokeAction invoke => _engine.Invoke(instance, invoke.Field, invoke.Args),
            _ => _engine.Get(instance, action.Field),
        };
    }

    private bool TryInstance(string? name, out int instance, out string missing)
    {
        missing = "";
        if (name is null)
        {
            instance = _current;
            if (_current < 0)
                missing = _currentFailedLine > 0 ? $"no module: the module at line {_currentFailedLine} failed" : "no module defined";
            return _current >= 0;
        }
        if (_named.TryGetValue(name, out instance))
            return true;
        missing = _failedNames.Contains(name) ? $"module {name} failed to instantiate" : $"unknown module {name}";
        return false;
    }

    private static string Describe(WastAction action) => action switch
    {
        InvokeAction i => $"invoke {(i.ModuleName is { } m ? m + " " : "")}\"{i.Field}\"",
        _ => $"get {(action.ModuleName is { } m ? m + " " : "")}\"{action.Field}\"",
    };

    private static string KindWord(WastModuleKind kind) => kind switch
    {
        WastModuleKind.Binary => "(module binary)",
        WastModuleKind.Quote => "(module quote)",
        _ => "(module)",
    };
}
