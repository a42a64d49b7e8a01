using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Caravan.Core.Errors;

namespace Caravan.Pipeline.Stages.Language;

/// <summary>
/// A hashed multinomial naive Bayes model over <see cref="TextFeatures"/>. Each feature bucket
/// holds a sparse row of (language, weight) pairs, where weight = log P(f|l) - log P(unseen|l) in
/// 1/<see cref="WeightScale"/> nats; a language absent from a row scores 0 for that feature, so a
/// text's score for language l is the sum of its row weights plus n * <see cref="Unseen"/>[l].
/// File: uncompressed (two bytes per entry is compact enough, and decompressing cost a CLI call
/// more time than scoring 10,000 sentences); magic, header, languages, per-bucket row lengths (4 bits each,
/// <see cref="LongRow"/> meaning "longer: see the next overflow byte", since most rows of a 2^22 table hold 0-14
/// entries and a byte per bucket cost 4 MB), the overflow bytes, then the entries as little-endian 16-bit words
/// exactly as they lie in memory, read in one call without conversion (loading is a large part of a short CLI run).
/// </summary>
public sealed class LangidModel
{
    /// <summary>Weights are stored in 1/16 nat steps (one byte each).</summary>
    public const double WeightScale = 16.0;

    private const string Magic = "CARAVAN-LANGID";
    private const int FormatVersion = 6;

    // A row length nibble of this value: the row holds LongRow + the next overflow byte entries.
    private const int LongRow = 15;

    public LangidModel(int bits, ImmutableArray<string> languages, double[] unseen, double[] priors, uint[] scriptMasks, uint[] requiredScripts, int[] offsets, ushort[] entries)
    {
        Bits = bits;
        Languages = languages;
        Unseen = unseen;
        Priors = priors;
        ScriptMasks = scriptMasks;
        RequiredScripts = requiredScripts;
        Offsets = offsets;
        Entries = entries;
        Codes = [.. languages.Distinct(StringComparer.Ordinal)];
        CodeOf = [.. languages.Select(l => Codes.IndexOf(l))];
    }

    /// <summary>log2 of the number of feature buckets.</summary>
    public int Bits { get; }

    /// <summary>The code of each trained class, by index (ISO 639-1, else 639-3); a code written in two
    /// scripts (Serbian) has one class per script.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>The distinct language codes.</summary>
    public ImmutableArray<string> Codes { get; }

    /// <summary>Per class: its index in <see cref="Codes"/>.</summary>
    internal int[] CodeOf { get; }

    /// <summary>Per language: log P(feature|l) of a feature it was not trained on.</summary>
    internal double[] Unseen { get; }

    /// <summary>Per language: log prior (0 for core languages, negative for secondary ones).</summary>
    internal double[] Priors { get; }

    /// <summary>Per language: scripts its texts almost always contain (a Han-only text is rarely Japanese).</summary>
    internal uint[] RequiredScripts { get; }

    /// <summary>Per language: bit i set when <see cref="WritingScript"/> i is a script the language is written in.</summary>
    internal uint[] ScriptMasks { get; }

    /// <summary>Row of bucket b is Entries[Offsets[b]..Offsets[b+1]].</summary>
    internal int[] Offsets { get; }

    /// <summary>Low byte: language index; high byte: weight.</summary>
    internal ushort[] Entries { get; }

    public static LangidModel Load(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(file, Encoding.UTF8);
            return Read(reader, path);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException)
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
        writer.Write(Bits);
        writer.Write(Languages.Length);
        for (var l = 0; l < Languages.Length; l++)
        {
            writer.Write(Languages[l]);
            writer.Write(Unseen[l]);
            writer.Write(Priors[l]);
            writer.Write(ScriptMasks[l]);
            writer.Write(RequiredScripts[l]);
        }

        var buckets = Offsets.Length - 1;
        var nibbles = new byte[(buckets + 1) / 2];
        var overflow = new List<byte>();
        for (var b = 0; b < buckets; b++)
        {
            var length = Offsets[b + 1] - Offsets[b];
            if (length >= LongRow)
            {
                overflow.Add(checked((byte)(length - LongRow)));
            }

            nibbles[b / 2] |= (byte)(Math.Min(length, LongRow) << (4 * (b % 2)));
        }

        writer.Write(nibbles);
        writer.Write(overflow.Count);
        writer.Write(overflow.ToArray());

        writer.Write(Entries.Length);
        foreach (var e in Entries)
        {
            writer.Write(e);
        }
    }

    private static LangidModel Read(BinaryReader reader, string path)
    {
        if (!string.Equals(reader.ReadString(), Magic, StringComparison.Ordinal) || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException($"not a Caravan langid model of format {FormatVersion}");
        }

        var bits = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (bits is < 8 or > 26 || count is < 1 or > 255)
        {
            throw new InvalidDataException($"bad header in {path}");
        }

        var languages = ImmutableArray.CreateBuilder<string>(count);
        var unseen = new double[count];
        var masks = new uint[count];
        var priors = new double[count];
        var required = new uint[count];
        for (var l = 0; l < count; l++)
        {
            languages.Add(reader.ReadString());
            unseen[l] = reader.ReadDouble();
            priors[l] = reader.ReadDouble();
            masks[l] = reader.ReadUInt32();
            required[l] = reader.ReadUInt32();
        }

        var buckets = 1 << bits;
        var nibbles = reader.ReadBytes(buckets / 2);
        var overflowCount = reader.ReadInt32();
        var overflow = overflowCount is >= 0 and <= 1 << 26 ? reader.ReadBytes(overflowCount) : [];
        if (nibbles.Length != buckets / 2 || overflow.Length != overflowCount)
        {
            throw new EndOfStreamException($"{path} is truncated");
        }

        var offsets = new int[buckets + 1];
        var next = 0;
        for (var b = 0; b < buckets; b++)
        {
            var length = (nibbles[b >> 1] >> ((b & 1) << 2)) & 0xF;
            if (length == LongRow)
            {
                if (next == overflow.Length)
                {
                    throw new InvalidDataException($"row table does not match its overflow in {path}");
                }

                length += overflow[next++];
            }

            offsets[b + 1] = offsets[b] + length;
        }

        if (next != overflow.Length)
        {
            throw new InvalidDataException($"row table does not match its overflow in {path}");
        }

        var total = reader.ReadInt32();
        if (total != offsets[buckets])
        {
            throw new InvalidDataException($"row table does not match its entries in {path}");
        }

        // No per-entry check is needed: a language byte indexes a 256-slot accumulator, and classes
        // beyond the header's count are never read from it.
        var entries = GC.AllocateUninitializedArray<ushort>(total);
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(entries.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(entries, entries);
        }

        return new LangidModel(bits, languages.MoveToImmutable(), unseen, priors, masks, required, offsets, entries);
    }
}
