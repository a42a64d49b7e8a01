using System.Runtime.InteropServices;
using System.Text;
using Caravan.Core.Errors;

namespace Caravan.Pipeline.Stages.Language;

/// <summary>
/// The second-pass models of the identifier, one <see cref="ClusterModel"/> per cluster of close
/// languages (<c>Languages/xx/langid-clusters.txt</c>). File: magic, version, then per cluster its
/// script, languages, biases, weight scale, kept features as ascending deltas (7-bit varints: most
/// take two bytes instead of four) and the signed-byte weights.
/// </summary>
public sealed class ClusterModels
{
    private const string Magic = "CARAVAN-LANGID-CLUSTERS";
    private const int FormatVersion = 1;

    public ClusterModels(ImmutableArray<ClusterModel> clusters)
    {
        Clusters = clusters;
    }

    public ImmutableArray<ClusterModel> Clusters { get; }

    /// <summary>The first cluster of <paramref name="script"/> that holds <paramref name="code"/>, or null.</summary>
    public ClusterModel? Find(WritingScript script, string code)
    {
        foreach (var cluster in Clusters)
        {
            if (cluster.Script == script && cluster.Codes.Contains(code, StringComparer.Ordinal))
            {
                return cluster;
            }
        }

        return null;
    }

    public static ClusterModels Load(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(file, Encoding.UTF8);
            return Read(reader, path);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException or FormatException)
        {
            throw new CaravanException(ErrorCode.ModelMissing, $"model file '{path}' is unreadable ({e.Message}); rebuild it with `caravan train langid`", e);
        }
    }

    public void Save(string path)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new BinaryWriter(file, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Clusters.Length);
        foreach (var cluster in Clusters)
        {
            writer.Write((byte)cluster.Script);
            writer.Write((byte)cluster.Codes.Length);
            foreach (var code in cluster.Codes)
            {
                writer.Write(code);
            }

            foreach (var bias in cluster.Biases)
            {
                writer.Write(bias);
            }

            writer.Write(cluster.Scale);
            writer.Write(cluster.Keys.Length);
            var previous = 0u;
            foreach (var key in cluster.Keys)
            {
                writer.Write7BitEncodedInt((int)(key - previous));
                previous = key;
            }

            writer.Write(MemoryMarshal.AsBytes(cluster.Weights.AsSpan()));
        }
    }

    private static ClusterModels Read(BinaryReader reader, string path)
    {
        if (!string.Equals(reader.ReadString(), Magic, StringComparison.Ordinal) || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException($"not a Caravan langid cluster model of format {FormatVersion}");
        }

        var count = reader.ReadInt32();
        if (count is < 0 or > 1024)
        {
            throw new InvalidDataException($"bad header in {path}");
        }

        var clusters = ImmutableArray.CreateBuilder<ClusterModel>(count);
        for (var i = 0; i < count; i++)
        {
            var script = (WritingScript)reader.ReadByte();
            var k = reader.ReadByte();
            if (k < 2 || (int)script >= WritingScripts.Count)
            {
                throw new InvalidDataException($"bad cluster {i} in {path}");
            }

            var codes = ImmutableArray.CreateBuilder<string>(k);
            for (var c = 0; c < k; c++)
            {
                codes.Add(reader.ReadString());
            }

            var biases = new float[k];
            for (var c = 0; c < k; c++)
            {
                biases[c] = reader.ReadSingle();
            }

            var scale = reader.ReadSingle();
            var n = reader.ReadInt32();
            if (n is < 0 or > (1 << 24))
            {
                throw new InvalidDataException($"bad feature count in cluster {i} of {path}");
            }

            var keys = new uint[n];
            var previous = 0u;
            for (var f = 0; f < n; f++)
            {
                previous += (uint)reader.Read7BitEncodedInt();
                keys[f] = previous;
            }

            var weights = new sbyte[n * k];
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
            clusters.Add(new ClusterModel(script, codes.MoveToImmutable(), biases, scale, keys, weights));
        }

        return new ClusterModels(clusters.MoveToImmutable());
    }
}
