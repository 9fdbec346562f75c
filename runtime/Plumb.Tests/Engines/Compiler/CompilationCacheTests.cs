using Plumb.Binary;
using Plumb.Engines.Compiler;
using Plumb.Execution;
using Plumb.Text;
using Plumb.Validation;

namespace Plumb.Tests.Engines.Compiler;

/// <summary>
/// The compiler's persisted cache (RuntimeConfig.WithCompilationCache): a second compile loads the saved code, and an
/// entry that is corrupt, truncated or stale is detected, deleted and rebuilt, never run.
/// </summary>
public sealed class CompilationCacheTests : IDisposable
{
    private static readonly byte[] Module = Wat.ToBinary("""
        (module
          (memory 1)
          (type $binary (func (param i32 i32) (result i32)))
          (table funcref (elem $add $mul))
          (func $add (type $binary) (i32.add (local.get 0) (local.get 1)))
          (func $mul (type $binary) (i32.mul (local.get 0) (local.get 1)))
          (func $fib (export "fib") (param i32) (result i32)
            (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
              (then (local.get 0))
              (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                             (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
          (func (export "apply") (param i32 i32 i32) (result i32)
            (i32.store (i32.const 8) (call_indirect (type $binary) (local.get 1) (local.get 2) (local.get 0)))
            (i32.load (i32.const 8))))
        """);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "plumb-cache-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>Compiles <see cref="Module"/> through the cache and checks that its code computes what it should.</summary>
    private CodeCacheEntry.Outcome CompileAndRun()
    {
        var cache = new CodeCacheEntry(_directory, Module, WasmFeatures.Core2);
        using var runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Compiler));
        var validated = Validator.Validate(ModuleReader.Read(Module));
        var code = CompilerEngine.Instance.Compile(validated, CompileBudget.Unlimited, cache);
        Assert.All(code, function => Assert.IsType<CompiledFunction>(function));
        var instance = runtime.Instantiate(Module);
        Assert.Equal(55, instance.GetFunction<int, int>("fib")!(10));
        // The instance above compiled without the cache; run the cached code itself through the engine contract.
        var fib = (CompiledFunction)code[2];
        var apply = (CompiledFunction)code[3];
        var instantiated = runtime.Instantiate(new CompiledModule(runtime, validated, code));
        Assert.Equal(55, instantiated.GetFunction<int, int>("fib")!(10));
        Assert.Equal(42, instantiated.GetFunction<int, int, int, int>("apply")!(1, 6, 7));
        Assert.Equal(13, instantiated.GetFunction<int, int, int, int>("apply")!(0, 6, 7));
        Assert.NotNull(fib.Entry);
        Assert.NotNull(apply.Entry);
        return cache.Result;
    }

    private string EntryFile() => Assert.Single(Directory.GetFiles(_directory, "*.plumbil"));

    [Fact]
    public void ASecondCompileLoadsTheSavedCode()
    {
        Assert.Equal(CodeCacheEntry.Outcome.Created, CompileAndRun());
        Assert.Equal(CodeCacheEntry.Outcome.Loaded, CompileAndRun());
    }

    [Theory]
    [InlineData("a flipped byte in the code", -200)]
    [InlineData("a flipped byte in the header's key", 20)]
    [InlineData("a stale format version", 8)]
    [InlineData("the wrong magic", 0)]
    public void ACorruptedEntryIsDetectedAndRebuilt(string what, int position)
    {
        Assert.Equal(CodeCacheEntry.Outcome.Created, CompileAndRun());
        var file = EntryFile();
        var bytes = File.ReadAllBytes(file);
        int at = position < 0 ? bytes.Length + position : position;
        bytes[at] ^= 0x5a;
        File.WriteAllBytes(file, bytes);
        Assert.True(CompileAndRun() == CodeCacheEntry.Outcome.Rebuilt, what);
        Assert.NotEqual(bytes, File.ReadAllBytes(EntryFile()));
        Assert.Equal(CodeCacheEntry.Outcome.Loaded, CompileAndRun());
    }

    [Fact]
    public void ATruncatedEntryIsRebuilt()
    {
        CompileAndRun();
        var file = EntryFile();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes.AsSpan(0, bytes.Length / 2).ToArray());
        Assert.Equal(CodeCacheEntry.Outcome.Rebuilt, CompileAndRun());
        Assert.Equal(CodeCacheEntry.Outcome.Loaded, CompileAndRun());
    }

    [Fact]
    public void TheRuntimeConfigsCacheServesWasmRuntimeCompile()
    {
        var config = RuntimeConfig.Default.WithEngine(EngineKind.Compiler).WithCompilationCache(_directory);
        for (int run = 0; run < 2; run++)
        {
            using var runtime = WasmRuntime.Create(config);
            var instance = runtime.Instantiate(runtime.Compile(Module));
            Assert.Equal(55, instance.GetFunction<int, int>("fib")!(10));
            Assert.Equal(42, instance.GetFunction<int, int, int, int>("apply")!(1, 6, 7));
        }
        EntryFile();
    }

    /// <summary>A module returning <paramref name="value"/>: each value a different cache entry of the same size.</summary>
    private static byte[] Returning(int value) =>
        Wat.ToBinary($"(module (func (export \"f\") (result i32) (i32.const {value})))");

    private string Compile(byte[] module, long limit)
    {
        var config = RuntimeConfig.Default.WithEngine(EngineKind.Compiler).WithCompilationCache(_directory).WithCompilationCacheLimit(limit);
        using var runtime = WasmRuntime.Create(config);
        var instance = runtime.Instantiate(runtime.Compile(module));
        Assert.NotNull(instance.GetFunction<int>("f"));
        return new CodeCacheEntry(_directory, module, config.Features).FilePath;
    }

    [Fact]
    public void OverItsLimitTheCacheDeletesTheLeastRecentlyUsedEntries()
    {
        // 1000, 2000 and 3000 are two bytes each in LEB128: the three entries have the same size.
        var (a, b, c) = (Returning(1000), Returning(2000), Returning(3000));
        string fileA = Compile(a, long.MaxValue), fileB = Compile(b, long.MaxValue);
        long size = new FileInfo(fileA).Length;
        Assert.Equal(size, new FileInfo(fileB).Length);
        File.SetLastWriteTimeUtc(fileA, DateTime.UtcNow.AddHours(-2));
        File.SetLastWriteTimeUtc(fileB, DateTime.UtcNow.AddHours(-1));
        // Loading A makes it the most recently used; saving C then evicts B, the least recently used.
        Compile(a, 2 * size);
        string fileC = Compile(c, 2 * size);
        Assert.True(File.Exists(fileA), "A was used last: kept");
        Assert.False(File.Exists(fileB), "B was the least recently used: deleted");
        Assert.True(File.Exists(fileC), "C was just saved: kept");
        // A limit below one entry keeps only the entry just saved.
        Compile(b, 0);
        Assert.Equal([Path.GetFileName(fileB)], Directory.GetFiles(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public void PruningDeletesAbandonedTemporaryFilesAndNothingButTheCachesFiles()
    {
        Directory.CreateDirectory(_directory);
        string abandoned = Path.Combine(_directory, "0123.plumbil.4242.deadbeef.tmp");
        string writing = Path.Combine(_directory, "4567.plumbil.4343.cafe.tmp");
        string foreign = Path.Combine(_directory, "notes.txt");
        foreach (var path in new[] { abandoned, writing, foreign })
        {
            File.WriteAllText(path, "x");
        }
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddDays(-2));
        File.SetLastWriteTimeUtc(foreign, DateTime.UtcNow.AddDays(-2));
        Compile(Returning(1000), 0);
        Assert.False(File.Exists(abandoned), "a writer's temporary file over a day old is abandoned");
        Assert.True(File.Exists(writing), "a fresh temporary file may belong to a writer at work");
        Assert.True(File.Exists(foreign), "files that are not the cache's are never touched");
    }

    [Fact]
    public void ANegativeLimitIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RuntimeConfig.Default.WithCompilationCacheLimit(-1));
}
