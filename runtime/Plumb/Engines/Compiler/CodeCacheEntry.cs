using System.Buffers.Binary;
using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;

namespace Plumb.Engines.Compiler;

/// <summary>
/// One module's entry in the compilation cache (<see cref="RuntimeConfig.WithCompilationCache"/>): a file in the
/// cache directory named by a SHA-256 key over the module's bytes, Plumb's version and build, and the enabled
/// features, holding the persisted assembly of the module's compiled code behind a header. An entry is trusted
/// only when its header (magic, format version, key) matches and its payload has the length and SHA-256 the
/// header records; anything else (a corrupt, truncated, stale or foreign file) is deleted and rebuilt. See
/// runtime/RATIONALE.md, "How does the compiler cache its code on disk?".
/// </summary>
internal sealed class CodeCacheEntry
{
    private static readonly byte[] Magic = "PLUMBIL\0"u8.ToArray();

    /// <summary>The layout of the file and of the code in it; a change to either makes older entries stale.</summary>
    private const int FormatVersion = 1;

    private const int HeaderSize = 8 + 4 + 32 + 8 + 32;

    private readonly byte[] _key;

    /// <summary>What the last <see cref="TryLoad"/> and <see cref="Store"/> did with the entry.</summary>
    public enum Outcome
    {
        /// <summary>Not looked up yet.</summary>
        None,

        /// <summary>A sound entry was loaded.</summary>
        Loaded,

        /// <summary>There was no entry; the code was emitted and saved.</summary>
        Created,

        /// <summary>The entry was unsound (corrupt, stale or unloadable); it was deleted, and the code emitted and saved again.</summary>
        Rebuilt,
    }

    public CodeCacheEntry(string directory, ReadOnlySpan<byte> module, WasmFeatures features, long limit = 1L << 30)
    {
        Limit = limit;
        var plumb = typeof(CodeCacheEntry).Assembly;
        var version = plumb.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(module);
        // The build's module version id changes with every build of the runtime: code emitted against one build's
        // internals is never run against another's.
        hash.AppendData(Encoding.UTF8.GetBytes($"\n{version}\n{plumb.ManifestModule.ModuleVersionId}\n{(ulong)features}\n{FormatVersion}"));
        _key = hash.GetHashAndReset();
        Key = Convert.ToHexStringLower(_key);
        Directory = directory;
    }

    /// <summary>The most bytes the directory's entries may take once an entry is saved (<see cref="RuntimeConfig.CompilationCacheLimit"/>).</summary>
    public long Limit { get; }

    /// <summary>The cache directory.</summary>
    public string Directory { get; }

    /// <summary>The entry's key, in hex: its file name.</summary>
    public string Key { get; }

    /// <summary>The path of the entry's file.</summary>
    public string FilePath => Path.Combine(Directory, Key + ".plumbil");

    /// <summary>The name of the module's persisted assembly.</summary>
    public string AssemblyName => "Plumb.Compiled." + Key[..16];

    /// <summary>What happened to the entry.</summary>
    public Outcome Result { get; private set; }

    private bool _unsound;

    /// <summary>The entry's assembly, loaded, when the cache holds a sound entry; else null (an unsound file is deleted).</summary>
    public Assembly? TryLoad()
    {
        byte[] file;
        try
        {
            file = File.ReadAllBytes(FilePath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable (locked, no permission): emit without trusting or touching it.
            _unsound = true;
            return null;
        }
        if (Payload(file) is { } image)
        {
            try
            {
                var assembly = Load(image);
                Result = Outcome.Loaded;
                Touch(FilePath);
                return assembly;
            }
            catch (BadImageFormatException)
            {
                // A sound checksum over an image the loader refuses: rebuilt like any other bad entry.
            }
        }
        _unsound = true;
        TryDelete(FilePath);
        return null;
    }

    /// <summary>Deletes an entry that loaded but turned out unsound; the next <see cref="Store"/> counts as a rebuild.</summary>
    public void Discard()
    {
        _unsound = true;
        TryDelete(FilePath);
    }

    /// <summary>Saves the emitted assembly <paramref name="image"/> as the entry (atomically: a reader sees the old file or the whole new one) and loads it.</summary>
    public Assembly Store(byte[] image)
    {
        Result = _unsound ? Outcome.Rebuilt : Outcome.Created;
        var header = new byte[HeaderSize];
        Magic.CopyTo(header, 0);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), FormatVersion);
        _key.CopyTo(header, 12);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(44), image.Length);
        SHA256.HashData(image).CopyTo(header, 52);
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            var temporary = FilePath + "." + Environment.ProcessId + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(header);
                stream.Write(image);
            }
            File.Move(temporary, FilePath, overwrite: true);
            Prune(Directory, Limit, FilePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next process an emission, nothing more.
        }
        return Load(image);
    }

    /// <summary>The payload of a sound entry file, or null.</summary>
    private byte[]? Payload(byte[] file)
    {
        if (file.Length < HeaderSize
            || !file.AsSpan(0, 8).SequenceEqual(Magic)
            || BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(8)) != FormatVersion
            || !file.AsSpan(12, 32).SequenceEqual(_key)
            || BinaryPrimitives.ReadInt64LittleEndian(file.AsSpan(44)) != file.Length - HeaderSize)
        {
            return null;
        }
        var image = file.AsSpan(HeaderSize);
        return SHA256.HashData(image).AsSpan().SequenceEqual(file.AsSpan(52, 32)) ? image.ToArray() : null;
    }

    private Assembly Load(byte[] image)
    {
        // Collectible: the code goes when the last compiled module using it does.
        var context = new AssemblyLoadContext(AssemblyName, isCollectible: true);
        return context.LoadFromStream(new MemoryStream(image));
    }

    private const string Extension = ".plumbil";

    /// <summary>How old a writer's temporary file must be before pruning takes it for abandoned (its writer died).</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromDays(1);

    /// <summary>Marks an entry as used now: pruning goes by the last time an entry was saved or loaded.</summary>
    private static void Touch(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only cache still serves; its entries just age by their save time.
        }
    }

    /// <summary>
    /// Deletes the least recently used entries of <paramref name="directory"/> until the rest take at most
    /// <paramref name="limit"/> bytes, never <paramref name="keep"/>, and writers' temporary files older than
    /// <see cref="AbandonedAfter"/>. Another process may prune or write at the same time: a file that is gone or
    /// locked is skipped. Only the cache's own files (by their extension) are touched.
    /// </summary>
    internal static void Prune(string directory, long limit, string keep)
    {
        var entries = new List<FileInfo>();
        long total = 0;
        var now = DateTime.UtcNow;
        foreach (var file in new DirectoryInfo(directory).EnumerateFiles("*" + Extension + "*"))
        {
            try
            {
                if (file.Name.EndsWith(".tmp", StringComparison.Ordinal))
                {
                    if (now - file.LastWriteTimeUtc > AbandonedAfter)
                    {
                        TryDelete(file.FullName);
                    }
                }
                else if (file.Name.EndsWith(Extension, StringComparison.Ordinal))
                {
                    total += file.Length;
                    entries.Add(file);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
        if (total <= limit)
        {
            return;
        }
        foreach (var file in entries.OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal))
        {
            if (total <= limit)
            {
                break;
            }
            if (string.Equals(file.FullName, keep, StringComparison.Ordinal))
            {
                continue;
            }
            TryDelete(file.FullName);
            total -= file.Length;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
