using System.IO.Compression;
using System.Text;
using Caravan.Pipeline.Ingestion;
using Caravan.Pipeline.Ingestion.Feeds;
using Caravan.Pipeline.Ingestion.Warc;
using Caravan.Pipeline.Stages.Entities.Ner;
using Caravan.Pipeline.Stages.Extraction.Charset;
using Caravan.Pipeline.Stages.Extraction.Html;
using Caravan.Tests.Ingestion;
using CsCheck;

namespace Caravan.Tests.Fuzz;

/// <summary>Fuzz targets for the parsers that read bytes and markup written by strangers (issue #8).</summary>
[Collection(FuzzCollection.Name)]
public sealed class ParserFuzzTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    [Fact]
    public void HtmlExtraction_HostilePages_EndInResultOrClearError()
    {
        // A page the nesting limiter misjudges ends in CARAVAN0010 once it has used ExtractionOptions.MaxCpuTime (4 s)
        // of CPU, a clear error within the fuzz budget (issue #8).
        Fuzzer.Run("html extraction", HostileInputs.BytesOf(HostileInputs.Html), HostileInputs.Size,
            page => Assert.NotNull(Extractor.Extract(page, "https://news.example/a", CancellationToken.None).Text));
    }

    [Fact]
    public void CharsetDecoding_HostileBytes_EndInResultOrClearError() =>
        Fuzzer.Run("charset decoding", HostileInputs.BytesOf(HostileInputs.Html), HostileInputs.Size,
            bytes => Assert.NotNull(CharsetDecoder.Decode(bytes, out _)));

    [Fact]
    public void Warc_MutatedArchives_EndInResultOrClearError() =>
        Fuzzer.Run("warc reader", Gen.Frequency((3, MutatedWarc), (1, HostileInputs.BytesOf(HostileInputs.Text))), HostileInputs.Size,
            bytes => Assert.All(WarcReader.Read(new MemoryStream(bytes), "fuzz.warc", IngestOptions.Default).ToList(), Assert.NotNull));

    [Fact]
    public void Feeds_MutatedXml_EndInResultOrClearError() =>
        Fuzzer.Run("feed parser", Gen.Frequency((3, MutatedFeed), (1, HostileInputs.Text)), HostileInputs.Size,
            xml => Assert.NotNull(FeedParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)), new Uri("https://news.example/feed"))),
            typeof(InvalidDataException));

    [Fact]
    public void JsonLines_HostileLines_EndInDocumentsOrProblems() =>
        Fuzzer.Run("json lines", Gen.Frequency((3, JsonLines), (1, HostileInputs.Text)), HostileInputs.Size,
            text => Assert.All(JsonLinesReader.Read("fuzz.jsonl", Encoding.UTF8.GetBytes(text), IngestOptions.Default), Assert.NotNull));

    [Fact]
    public void GzipFiles_CorruptAndHostile_EndInDocumentsOrProblems() =>
        Fuzzer.Run("gzip files", Gen.Frequency((3, Gzipped), (1, HostileInputs.BytesOf(HostileInputs.Text))), HostileInputs.Size, bytes =>
        {
            using var dir = new TempDirectory();
            var items = new FileSource().ReadFile(dir.File("page.html.gz", bytes)).ToList();
            Assert.Single(items);
        });

    [Fact]
    public void Conll_HostileText_EndInResultOrClearError() =>
        Fuzzer.Run("conll reader", HostileInputs.Text, HostileInputs.Size,
            text => Assert.All(ConllDocuments.ReadLines(new StringReader(text)).ToList(), line => Assert.NotNull(line.Raw)));

    /// <summary>Valid WARC records (HTML, chunked, other types) with bytes flipped, cut or inserted, header values broken.</summary>
    private static Gen<byte[]> MutatedWarc { get; } = Gen.Select(HostileInputs.Html, Gen.Int[0, int.MaxValue], Gen.Bool, (body, seed, chunked) =>
    {
        var random = new Random(seed);
        var record = WarcFiles.File([
            new WarcFiles.Page("https://news.example/a", "response", 200, "text/html; charset=utf-8", body, chunked),
            new WarcFiles.Page("https://news.example/b", random.Next(2) == 0 ? "response" : "request", 200, "text/html", "<p>second</p>"),
        ], gzip: false);
        return Mutate(record, random);
    });

    private static Gen<string> MutatedFeed { get; } = Gen.Select(HostileInputs.Text, Gen.Int[0, int.MaxValue], (text, seed) =>
    {
        var random = new Random(seed);
        string[] shapes =
        [
            "<rss version=\"2.0\"><channel><item><title>{0}</title><link>{0}</link><pubDate>{0}</pubDate></item></channel></rss>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>{0}</title><link href=\"{0}\"/><updated>{0}</updated></entry></feed>",
            "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><rss><channel><item><title>&lol2;{0}</title></item></channel></rss>",
            "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><feed><entry><title>&xxe;</title></entry></feed>",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><item><link>https://a.example/{0}</link></item></rdf:RDF>",
        ];
        var escaped = random.Next(2) == 0 ? System.Security.SecurityElement.Escape(text) : text;
        var xml = string.Format(System.Globalization.CultureInfo.InvariantCulture, shapes[random.Next(shapes.Length)], escaped);
        return Encoding.UTF8.GetString(Mutate(Encoding.UTF8.GetBytes(xml), random));
    });

    private static Gen<string> JsonLines { get; } = Gen.Select(HostileInputs.Text, Gen.Int[0, int.MaxValue], (text, seed) =>
    {
        var random = new Random(seed);
        var value = System.Text.Json.JsonSerializer.Serialize(text);
        string[] shapes =
        [
            "{{\"id\":\"a\",\"text\":{0}}}", "{{\"id\":{0},\"text\":\"x\",\"date\":{0},\"lang\":{0}}}", "{{\"id\":\"a\",\"text\":{0},\"title\":{0},\"url\":{0}}}",
            "[[[[[[[[[[[[[[[[[[[[{0}]]]]]]]]]]]]]]]]]]]", "{{\"id\":\"a\",\"text\":{{\"nested\":{0}}}}}", "{{\"id\":\"a\",\"text\":{0}",
        ];
        var lines = Enumerable.Range(0, random.Next(1, 5)).Select(_ => string.Format(System.Globalization.CultureInfo.InvariantCulture, shapes[random.Next(shapes.Length)], value));
        return string.Join(random.Next(2) == 0 ? "\n" : "\r\n", lines);
    });

    /// <summary>Gzip of hostile pages, cut short or with flipped bytes, and small zip bombs (highly compressible runs).</summary>
    private static Gen<byte[]> Gzipped { get; } = Gen.Select(HostileInputs.Html, Gen.Int[0, int.MaxValue], Gen.Int[0, 3], (page, seed, shape) =>
    {
        var random = new Random(seed);
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(page));
            if (shape == 0)
            {
                // A bomb past the 50 MB document limit: ~60 MB of one byte, ~60 KB compressed.
                var zeros = new byte[1 << 20];
                for (var i = 0; i < 60; i++)
                {
                    gzip.Write(zeros);
                }
            }
        }

        var bytes = buffer.ToArray();
        return shape switch
        {
            1 => bytes[..random.Next(bytes.Length)],
            2 => Mutate(bytes, random),
            _ => bytes,
        };
    });

    private static byte[] Mutate(byte[] bytes, Random random)
    {
        var result = new List<byte>(bytes);
        for (var n = random.Next(0, 6); n > 0 && result.Count > 0; n--)
        {
            var at = random.Next(result.Count);
            switch (random.Next(4))
            {
                case 0: result[at] = (byte)random.Next(256); break;
                case 1: result.RemoveRange(at, Math.Min(result.Count - at, random.Next(1, 64))); break;
                case 2: result.InsertRange(at, Encoding.ASCII.GetBytes(random.Next(2) == 0 ? "Content-Length: 99999999999\r\n" : "\r\n\r\nWARC/1.0\r\n")); break;
                default: result.InsertRange(at, Enumerable.Repeat((byte)'9', random.Next(1, 40))); break;
            }
        }

        return [.. result];
    }
}
