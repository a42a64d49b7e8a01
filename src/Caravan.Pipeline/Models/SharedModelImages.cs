using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Caravan.Pipeline.Models;

/// <summary>
/// One copy per machine of the large tables a model file expands into (a NER model's 2^20-row weight table: 36-68 MB of
/// floats from a 2-5 MB file), shared by every process that loads the same file: the first writes the expanded table to
/// <see cref="Directory"/> (on Linux, tmpfs under /dev/shm), named by the model and the SHA-256 of its file, then every
/// process maps it read-only (<see cref="MappedImage"/>). Co-located cluster nodes thus look weights up in the same
/// physical pages and cache lines instead of one copy each (docs/benchmarks/cluster.md, session 12). An image is published
/// whole (written aside, then linked under its name, which fails if another process got there first), so a name never
/// holds a partial table; publishing removes the model's images of other file contents. Where nothing can be mapped
/// (not Linux, no space, no permission), <see cref="Publish"/> returns null and the caller keeps its table in its own heap.
/// </summary>
public sealed class SharedModelImages
{
    private const string Extension = ".f32";

    public SharedModelImages(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    /// <summary>The images of this machine (/dev/shm/caravan-models on Linux); null where tables cannot be shared (not Linux).</summary>
    public static SharedModelImages? ForThisMachine() =>
        OperatingSystem.IsLinux()
            ? new(Path.Combine(System.IO.Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "caravan-models"))
            : null;

    /// <summary>The image name of a model file: the model's name and the start of its content's SHA-256.</summary>
    public static string KeyOf(string modelName, string modelPath)
    {
        using var file = File.OpenRead(modelPath);
        return modelName + "-" + Convert.ToHexStringLower(SHA256.HashData(file))[..32];
    }

    /// <summary>Maps the published image <paramref name="key"/> of <paramref name="count"/> floats; null when there is none (or it cannot be mapped).</summary>
    internal MappedImage? Open(string key, int count) => MappedImage.Map(PathOf(key), BytesOf(count));

    /// <summary>Publishes <paramref name="values"/> as the image <paramref name="key"/> unless another process has, and maps it; null where it cannot.</summary>
    internal MappedImage? Publish(string key, float[] values)
    {
        try
        {
            Write(key, values);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return Open(key, values.Length);
    }

    private string PathOf(string key) => Path.Combine(Directory, key + Extension);

    // Whole huge pages, so that the kernel can back all of the image with them.
    private static long BytesOf(int count) => ((long)count * sizeof(float) + HugePageAdvice.Size - 1) / HugePageAdvice.Size * HugePageAdvice.Size;

    private void Write(string key, float[] values)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(key);
        var aside = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var file = new FileStream(aside, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                file.Write(MemoryMarshal.AsBytes(values.AsSpan()));
                file.SetLength(BytesOf(values.Length));
            }

            // Not a rename: a rename would replace an image that another process has published and mapped meanwhile.
            File.Move(aside, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process published the same image first; it is the one everybody maps.
        }
        finally
        {
            File.Delete(aside);
        }

        RemoveOthers(key);
    }

    // The same model's images of other file contents (a model retrained or updated): processes that map one keep it
    // until they exit (an unlinked file stays mapped), and tmpfs holds at most one image per model name.
    private void RemoveOthers(string key)
    {
        var model = key[..key.LastIndexOf('-')];
        foreach (var other in System.IO.Directory.EnumerateFiles(Directory, model + "-*" + Extension))
        {
            var name = Path.GetFileNameWithoutExtension(other);
            if (!string.Equals(name, key, StringComparison.Ordinal) && string.Equals(name[..name.LastIndexOf('-')], model, StringComparison.Ordinal))
            {
                File.Delete(other);
            }
        }
    }
}
