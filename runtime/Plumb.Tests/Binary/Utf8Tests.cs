using CsCheck;
using Plumb.Binary;

namespace Plumb.Tests.Binary;

public class Utf8Tests
{
    public static TheoryData<string, string, bool> Cases => new()
    {
        { "empty", "", true },
        { "ascii", "616263", true },
        { "two bytes", "c3a9", true },
        { "three bytes", "e4b8ad", true },
        { "four bytes", "f09f9880", true },
        { "max code point", "f48fbfbf", true },
        { "last before surrogates", "ed9fbf", true },
        { "first after surrogates", "ee8080", true },
        { "overlong two bytes", "c0af", false },
        { "overlong two bytes c1", "c1bf", false },
        { "overlong three bytes", "e08080", false },
        { "overlong four bytes", "f08fbfbf", false },
        { "surrogate low end", "eda080", false },
        { "surrogate high end", "edbfbf", false },
        { "above max", "f4908080", false },
        { "lead f5", "f5808080", false },
        { "lead ff", "ff", false },
        { "lone continuation", "80", false },
        { "truncated two", "c3", false },
        { "truncated three", "e4b8", false },
        { "truncated four", "f09f98", false },
        { "bad continuation", "c341", false },
        { "five byte form", "f888808080", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void AcceptsExactlyWellFormedUtf8(string name, string hex, bool valid)
    {
        _ = name;
        Assert.Equal(valid, Utf8.IsValid(Convert.FromHexString(hex)));
    }

    [Fact]
    public void AgreesWithTheStrictFrameworkDecoder()
    {
        var strict = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true);
        Gen.Byte.Array[0, 8].Sample(bytes =>
        {
            bool framework;
            try
            {
                strict.GetString(bytes);
                framework = true;
            }
            catch (System.Text.DecoderFallbackException)
            {
                framework = false;
            }
            Assert.Equal(framework, Utf8.IsValid(bytes));
        }, iter: 20000);
    }
}
