using System.IO.Compression;
using System.Runtime.InteropServices;
using Caravan.Core.Errors;
using Caravan.Pipeline.Models;

namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// The on-disk form of a <see cref="PerceptronNerModel"/>: a Brotli stream holding a header, the
/// lexicon and the weights as half-precision floats (halves the size; the scores move by less
/// than the rounding of the averaged weights). Zero rows, the majority, compress to almost nothing.
/// </summary>
public static class NerModelFile
{
    private const int Magic = 0x52454E43; // "CNER"
    // 3 adds word clusters and the mined name list after the entity memory; 4 the weight row width
    // after the bits (17: a structured BILOU model, whose dense transitions follow the weights).
    // 5 the optional feature templates (NerFeatureSet) after the width, written only by models that
    // use some: a model without any is still written as version 4. 2 and 3 (greedy IOB2 models) are still read.
    private const int Version = 5;
    private const int VersionWithoutFeatures = 4;
    private const NerFeatureSet KnownFeatures = NerFeatureSet.CompoundHeads | NerFeatureSet.NameInflections | NerFeatureSet.LostLetters
        | NerFeatureSet.NameTokens
        | NerFeatureSet.Segments | NerFeatureSet.NameStems | NerFeatureSet.TitleWords | NerFeatureSet.Results | NerFeatureSet.RomanianStems;

    public static void Save(PerceptronNerModel model, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var brotli = new BrotliStream(file, new BrotliCompressionOptions { Quality = 6 });
        using var w = new BinaryWriter(brotli);
        var features = model.Lexicon.Features;
        w.Write(Magic);
        w.Write(features == NerFeatureSet.None ? VersionWithoutFeatures : Version);
        w.Write(model.Language);
        w.Write(model.Weights.Bits);
        w.Write(model.Weights.Width);
        if (features != NerFeatureSet.None)
        {
            w.Write((int)features);
        }

        w.Write(model.Lexicon.Buckets.Count);
        foreach (var (word, bucket) in model.Lexicon.Buckets.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write(bucket);
        }

        w.Write(model.Lexicon.Titles.Count);
        foreach (var title in model.Lexicon.Titles.Order(StringComparer.Ordinal))
        {
            w.Write(title);
        }

        w.Write(model.Memory.Phrases.Count);
        foreach (var (phrase, type) in model.Memory.Phrases.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(phrase);
            w.Write((byte)type);
        }

        w.Write(model.Lexicon.Clusters.Count);
        foreach (var (word, cluster) in model.Lexicon.Clusters.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write7BitEncodedInt(cluster);
        }

        w.Write(model.Lexicon.Names.Phrases.Count);
        foreach (var (phrase, type) in model.Lexicon.Names.Phrases.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(phrase);
            w.Write((byte)type);
        }

        w.Flush();
        WriteHalves(brotli, model.Weights.Table);
        if (model.Transitions is { } transitions)
        {
            WriteHalves(brotli, transitions.Values);
        }
    }

    /// <summary>Reads only the frequency lexicon at the head of a model file (cheap: for language guessing).</summary>
    public static NerLexicon LoadLexicon(string path)
    {
        using var file = File.OpenRead(path);
        using var brotli = new BrotliStream(file, CompressionMode.Decompress);
        using var r = new BinaryReader(new BufferedStream(brotli, 1 << 16));
        return ReadHeader(r) is null ? NerLexicon.Empty : new NerLexicon(ReadBuckets(r), []);
    }

    /// <summary>Loads a model; with <paramref name="images"/>, its weight table is the machine's shared image of this file (written on first use).</summary>
    public static PerceptronNerModel Load(string path, Gazetteer gazetteer, SharedModelImages? images = null)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var brotli = new BrotliStream(file, CompressionMode.Decompress);
            using var r = new BinaryReader(new BufferedStream(brotli, 1 << 16));
            var (version, language, bits, width, features) = ReadHeader(r)
                ?? throw new CaravanException(ErrorCode.ModelMissing, $"model file '{path}' is not a Caravan NER model of version {Version}; rebuild it with `caravan train ner`");
            if ((features & ~KnownFeatures) != 0)
            {
                throw new InvalidDataException($"unknown feature templates {(int)features}");
            }

            if (width is not (NerTags.Count or BilouTags.Count) || bits is < 12 or > 24)
            {
                throw new InvalidDataException($"bad header (bits {bits}, width {width})");
            }

            var buckets = ReadBuckets(r);

            var titles = new string[r.ReadInt32()];
            for (var i = 0; i < titles.Length; i++)
            {
                titles[i] = r.ReadString();
            }

            var phrases = new Dictionary<string, EntityType>(StringComparer.Ordinal);
            var phraseCount = r.ReadInt32();
            for (var i = 0; i < phraseCount; i++)
            {
                phrases[r.ReadString()] = (EntityType)r.ReadByte();
            }

            var clusters = new KeyValuePair<string, int>[version >= 3 ? r.ReadInt32() : 0];
            for (var i = 0; i < clusters.Length; i++)
            {
                clusters[i] = new(r.ReadString(), r.Read7BitEncodedInt());
            }

            var names = new Dictionary<string, EntityType>(StringComparer.Ordinal);
            var nameCount = version >= 3 ? r.ReadInt32() : 0;
            for (var i = 0; i < nameCount; i++)
            {
                names[r.ReadString()] = (EntityType)r.ReadByte();
            }

            var weights = ReadWeights(r.BaseStream, bits, width, images is null ? null : (images, SharedModelImages.KeyOf("ner." + language, path)));
            var transitions = width == BilouTags.Count ? new NerTransitions(ReadHalves(r.BaseStream, NerTransitions.Length)) : null;
            return new PerceptronNerModel(language, new NerLexicon(buckets, titles, new WordClusters(clusters), new EntityMemory(names), features),
                weights, gazetteer, new EntityMemory(phrases), transitions);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new CaravanException(ErrorCode.ModelMissing, $"model file '{path}' cannot be read ({e.Message}); rebuild it with `caravan train ner`", e);
        }
    }

    // The header both readers share (version 2-3: no width, IOB2 rows; 5: the feature set); null when the file is
    // not a Caravan NER model of a version read here.
    private static (int Version, string Language, int Bits, int Width, NerFeatureSet Features)? ReadHeader(BinaryReader r)
    {
        var version = r.ReadInt32() == Magic ? r.ReadInt32() : -1;
        if (version is not (2 or 3 or VersionWithoutFeatures or Version))
        {
            return null;
        }

        var language = r.ReadString();
        var bits = r.ReadInt32();
        var width = version >= 4 ? r.ReadInt32() : NerTags.Count;
        var features = version >= 5 ? (NerFeatureSet)r.ReadInt32() : NerFeatureSet.None;
        return (version, language, bits, width, features);
    }

    private static KeyValuePair<string, byte>[] ReadBuckets(BinaryReader r)
    {
        var buckets = new KeyValuePair<string, byte>[r.ReadInt32()];
        for (var i = 0; i < buckets.Length; i++)
        {
            buckets[i] = new(r.ReadString(), r.ReadByte());
        }

        return buckets;
    }

    // The weight table, from the shared image when one is published (its halves in the file are then skipped, not expanded).
    private static NerWeights ReadWeights(Stream stream, int bits, int width, (SharedModelImages Images, string Key)? shared)
    {
        var count = (1 << bits) * width;
        if (shared is var (images, key))
        {
            if (images.Open(key, count) is { } published)
            {
                Skip(stream, count * 2L);
                return new NerWeights(bits, width, published);
            }

            var expanded = ReadHalves(stream, count);
            return images.Publish(key, expanded) is { } mine ? new NerWeights(bits, width, mine) : new NerWeights(bits, width, expanded);
        }

        return new NerWeights(bits, width, ReadHalves(stream, count));
    }

    private static void Skip(Stream stream, long bytes)
    {
        var buffer = new byte[1 << 16];
        while (bytes > 0)
        {
            var read = (int)Math.Min(bytes, buffer.Length);
            stream.ReadExactly(buffer, 0, read);
            bytes -= read;
        }
    }

    private static void WriteHalves(Stream stream, ReadOnlySpan<float> values)
    {
        var halves = new Half[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            halves[i] = (Half)values[i];
        }

        stream.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
    }

    private static float[] ReadHalves(Stream stream, int count)
    {
        var halves = new Half[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(halves.AsSpan()));
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = (float)halves[i];
        }

        return values;
    }
}
