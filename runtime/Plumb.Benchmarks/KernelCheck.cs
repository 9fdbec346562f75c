namespace Plumb.Benchmarks;

/// <summary>Refuses a result that differs from the native one: a wrong engine must not look fast.</summary>
internal static class KernelCheck
{
    private static readonly List<string> Recorded = [];

    /// <summary>Every failure seen so far, including those BenchmarkDotNet caught inside a benchmark's setup.</summary>
    public static IReadOnlyList<string> Failures => Recorded;

    /// <summary>Throws (and records) unless <paramref name="actual"/> is the native result for this mode.</summary>
    public static void Expect(string engine, Kernel kernel, int actual)
    {
        var expected = kernel.Expected(BenchSettings.Quick);
        if (actual != expected)
        {
            throw Fail($"{engine}: {kernel.Name}.run({kernel.Argument(BenchSettings.Quick)}) returned {actual}, expected {expected}");
        }
    }

    /// <summary>Records a failure and returns the exception to throw.</summary>
    public static InvalidOperationException Fail(string message)
    {
        // BenchmarkDotNet runs a class's setup once per benchmark case: keep each failure once.
        if (!Recorded.Contains(message))
        {
            Recorded.Add(message);
        }

        return new InvalidOperationException(message);
    }
}
