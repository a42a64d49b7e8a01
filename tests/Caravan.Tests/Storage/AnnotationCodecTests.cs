using System.Globalization;
using System.Text.Json;
using Caravan.Storage;
using Caravan.Storage.Sqlite;

namespace Caravan.Tests.Storage;

public sealed class AnnotationCodecTests
{
    private const string Text = "Tokajew sagte in Astana, man sei bereit. Wer? Tokajew. Dann reiste er ab, hieß es am Abend in Astana.";

    // A store written before the fingerprint was left out (issue #8) held it in the JSON, its hashes after it.
    private const string FingerprintJson = ""","Fingerprint":{"MinHash":[],"Terms":[{"Term":"s:astana","Weight":3.914157}],"Passages":[],"Sentences":[[1,2]]}}""";

    private static StoredAnnotations Sample() =>
        new(
            ArticleFeatures.Text | ArticleFeatures.Fingerprint,
            "https://news.example/a",
            ImmutableSortedDictionary<string, FieldProvenance>.Empty.Add("title", new FieldProvenance("meta", 0.9)),
            [new TextSpan(0, 40), new TextSpan(42, 90)],
            [new LanguageSpan(new TextSpan(0, 40), "de", 0.99999931)],
            [new TextSpan(0, 20), new TextSpan(21, 40)],
            [new Mention(new TextSpan(0, 7), "Tokajew", EntityType.Per, "tokaev", "per:tokaev"), new Mention(new TextSpan(46, 53), "Tokayev", EntityType.Per, "tokaev")],
            [new Quotation(new TextSpan(8, 39), false, new TextSpan(0, 7), "Tokajew", EntityType.Per, "tokaev", "de")],
            []);

    [Fact]
    public void Encode_ThenDecode_RoundTripsAndIsSmallerThanJson()
    {
        var annotations = Sample();
        var encoded = AnnotationCodec.Encode(annotations, Text);
        var decoded = AnnotationCodec.Decode(encoded, Text);
        var json = JsonSerializer.Serialize(annotations, StoreJson.Default.StoredAnnotations);
        Assert.Equal(json, JsonSerializer.Serialize(decoded, StoreJson.Default.StoredAnnotations));
        // A small sample: the stored JSON is already compact (spans as pairs), so Brotli gains less than on real articles.
        Assert.True(encoded.Length * 3 < json.Length * 2, $"{encoded.Length} bytes encoded, {json.Length} chars of JSON");
    }

    [Fact]
    public void Decode_JsonTextOfOlderStores_IsRead()
    {
        var json = JsonSerializer.Serialize(Sample(), StoreJson.Default.StoredAnnotations);
        Assert.Equal(json, JsonSerializer.Serialize(AnnotationCodec.Decode(json, Text), StoreJson.Default.StoredAnnotations));
    }

    [Fact]
    public void Decode_OlderStoresWithFingerprint_ReadsTheRestAndIgnoresIt()
    {
        var json = JsonSerializer.Serialize(Sample(), StoreJson.Default.StoredAnnotations);
        var withFingerprint = json[..^1] + FingerprintJson;
        Assert.Equal(json, JsonSerializer.Serialize(AnnotationCodec.Decode(withFingerprint, Text), StoreJson.Default.StoredAnnotations));
        Assert.Equal(json, JsonSerializer.Serialize(AnnotationCodec.Decode(Format1(withFingerprint), Text), StoreJson.Default.StoredAnnotations));
    }

    [Fact]
    public void Encode_Spans_StoredAsStartEndPairs()
    {
        var json = JsonSerializer.Serialize(Sample(), StoreJson.Default.StoredAnnotations);
        Assert.Contains("\"Paragraphs\":[[0,40],[42,90]]", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Length", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_SpansAsObjectsOfOlderStores_AreRead()
    {
        var json = JsonSerializer.Serialize(Sample(), StoreJson.Default.StoredAnnotations);
        var objects = System.Text.RegularExpressions.Regex.Replace(json, @"\[(\d+),(\d+)\]", m => FormattableString.Invariant(
            $"{{\"Start\":{m.Groups[1].Value},\"End\":{m.Groups[2].Value},\"Length\":{int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) - int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)}}}"),
            System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(5));
        Assert.Contains("{\"Start\":0,\"End\":40,\"Length\":40}", objects, StringComparison.Ordinal);
        Assert.Equal(json, JsonSerializer.Serialize(AnnotationCodec.Decode(objects, Text), StoreJson.Default.StoredAnnotations));
    }

    [Fact]
    public void Decode_DamagedBytes_IsInvalidData()
    {
        var encoded = AnnotationCodec.Encode(Sample(), Text);
        Assert.Throws<InvalidDataException>(() => AnnotationCodec.Decode(encoded[..(encoded.Length / 2)], Text));
        Assert.Throws<InvalidDataException>(() => AnnotationCodec.Decode(new byte[] { 9, 1, 2 }, Text));
    }

    /// <summary>The first compressed form: format byte 1, the payload's length, Brotli of (JSON length, JSON, 64 MinHash values, 2 passages).</summary>
    private static byte[] Format1(string json)
    {
        var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            var utf8 = System.Text.Encoding.UTF8.GetBytes(json);
            writer.Write7BitEncodedInt(utf8.Length);
            writer.Write(utf8);
            writer.Write7BitEncodedInt(64);
            for (var i = 0; i < 64; i++)
            {
                writer.Write((ulong)i * 0x9E3779B97F4A7C15UL);
            }

            writer.Write7BitEncodedInt(2);
            writer.Write(1UL);
            writer.Write(ulong.MaxValue);
        }

        var plain = payload.ToArray();
        var compressed = new MemoryStream();
        compressed.WriteByte(1);
        using (var writer = new BinaryWriter(compressed, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(plain.Length);
        }

        using (var brotli = new System.IO.Compression.BrotliStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(plain);
        }

        return compressed.ToArray();
    }
}
