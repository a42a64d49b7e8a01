using System.Text.Json;
using Caravan.Storage;
using Caravan.Storage.Sqlite;

namespace Caravan.Tests.Storage;

public sealed class AnnotationCodecTests
{
    private const string Text = "Tokajew sagte in Astana, man sei bereit. Wer? Tokajew. Dann reiste er ab, hieß es am Abend in Astana.";

    private static StoredAnnotations Sample()
    {
        var random = new Random(3);
        return new StoredAnnotations(
            ArticleFeatures.Text | ArticleFeatures.Fingerprint,
            "https://news.example/a",
            ImmutableSortedDictionary<string, FieldProvenance>.Empty.Add("title", new FieldProvenance("meta", 0.9)),
            [new TextSpan(0, 40), new TextSpan(42, 90)],
            [new LanguageSpan(new TextSpan(0, 40), "de", 0.99999931)],
            [new TextSpan(0, 20), new TextSpan(21, 40)],
            [new Mention(new TextSpan(0, 7), "Tokajew", EntityType.Per, "tokaev", "per:tokaev"), new Mention(new TextSpan(46, 53), "Tokayev", EntityType.Per, "tokaev")],
            [new Quotation(new TextSpan(8, 39), false, new TextSpan(0, 7), "Tokajew", EntityType.Per, "tokaev", "de")],
            [],
            new Fingerprint([.. Enumerable.Range(0, 64).Select(_ => (ulong)random.NextInt64())], [new WeightedTerm("s:astana", 3.914157f)])
            {
                Passages = [1UL, ulong.MaxValue],
            });
    }

    [Fact]
    public void Encode_ThenDecode_RoundTripsAndIsSmallerThanJson()
    {
        var annotations = Sample();
        var encoded = AnnotationCodec.Encode(annotations, Text);
        var decoded = AnnotationCodec.Decode(encoded, Text);
        var json = JsonSerializer.Serialize(annotations, StoreJson.Default.StoredAnnotations);
        Assert.Equal(json, JsonSerializer.Serialize(decoded, StoreJson.Default.StoredAnnotations));
        Assert.True(encoded.Length * 2 < json.Length, $"{encoded.Length} bytes encoded, {json.Length} chars of JSON");
    }

    [Fact]
    public void Decode_JsonTextOfOlderStores_IsRead()
    {
        var json = JsonSerializer.Serialize(Sample(), StoreJson.Default.StoredAnnotations);
        Assert.Equal(json, JsonSerializer.Serialize(AnnotationCodec.Decode(json, Text), StoreJson.Default.StoredAnnotations));
    }

    [Fact]
    public void Decode_DamagedBytes_IsInvalidData()
    {
        var encoded = AnnotationCodec.Encode(Sample(), Text);
        Assert.Throws<InvalidDataException>(() => AnnotationCodec.Decode(encoded[..(encoded.Length / 2)], Text));
        Assert.Throws<InvalidDataException>(() => AnnotationCodec.Decode(new byte[] { 9, 1, 2 }, Text));
    }
}
