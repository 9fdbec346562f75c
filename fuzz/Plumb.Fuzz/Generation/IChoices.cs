namespace Plumb.Fuzz.Generation;

/// <summary>
/// The one source of every decision the generator makes, so that a seed or a fuzzer's bytes
/// determine the whole module (fuzz/RATIONALE.md, "How are valid modules generated?").
/// Every choice's smallest value is the one that ends loops and picks the simplest option, so a
/// byte source that has run out still yields a small valid module.
/// </summary>
internal interface IChoices
{
    /// <summary>A value in [<paramref name="min"/>, <paramref name="max"/>]; <paramref name="min"/> when out of input.</summary>
    int Int(int min, int max);

    /// <summary>64 arbitrary bits; zero when out of input.</summary>
    ulong Bits();
}
