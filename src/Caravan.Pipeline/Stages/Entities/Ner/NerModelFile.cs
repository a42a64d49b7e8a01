using System.IO.Compression;
using Caravan.Core.Errors;

namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>
/// The on-disk form of a <see cref="PerceptronNerModel"/>: a Brotli stream holding a header, the
/// lexicon and the weights as half-precision floats (halves the size; the scores move by less
/// than the rounding of the averaged weights). Zero rows, the majority, compress to almost nothing.
/// </summary>
public static class NerModelFile
{
    private const int Magic = 0x52454E43; // "CNER"
    private const int Version = 2;

    public static void Save(PerceptronNerModel model, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var brotli = new BrotliStream(file, new BrotliCompressionOptions { Quality = 6 });
        using var w = new BinaryWriter(brotli);
        w.Write(Magic);
        w.Write(Version);
        w.Write(model.Language);
        w.Write(model.Weights.Bits);
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

        foreach (var value in model.Weights.Values)
        {
            w.Write((Half)value);
        }
    }

    public static PerceptronNerModel Load(string path, Gazetteer gazetteer)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var brotli = new BrotliStream(file, CompressionMode.Decompress);
            using var r = new BinaryReader(new BufferedStream(brotli, 1 << 16));
            if (r.ReadInt32() != Magic || r.ReadInt32() != Version)
            {
                throw new CaravanException(ErrorCode.ModelMissing, $"model file '{path}' is not a Caravan NER model of version {Version}; rebuild it with `caravan train ner`");
            }

            var language = r.ReadString();
            var bits = r.ReadInt32();
            var buckets = new KeyValuePair<string, byte>[r.ReadInt32()];
            for (var i = 0; i < buckets.Length; i++)
            {
                buckets[i] = new(r.ReadString(), r.ReadByte());
            }

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

            var values = new float[(1 << bits) * NerTags.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = (float)r.ReadHalf();
            }

            return new PerceptronNerModel(language, new NerLexicon(buckets, titles), new NerWeights(bits, values), gazetteer, new EntityMemory(phrases));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new CaravanException(ErrorCode.ModelMissing, $"model file '{path}' cannot be read ({e.Message}); rebuild it with `caravan train ner`", e);
        }
    }
}
