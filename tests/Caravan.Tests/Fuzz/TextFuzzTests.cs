using Caravan.Core.Pipeline;
using Caravan.Core.Text;
using Caravan.Pipeline;
using Caravan.Pipeline.Ingestion;
using Caravan.Pipeline.Models;
using Caravan.Pipeline.Stages.Extraction.Text;
using Caravan.Pipeline.Stages.Language;
using Caravan.Testing;
using CsCheck;

namespace Caravan.Tests.Fuzz;

/// <summary>
/// Fuzz targets for the text stages: cleaning, tokenizing and splitting, language identification, and the
/// whole pipelines (entities, quotes, relations, fingerprints, corpus stages) on hostile articles (issue #8).
/// Beyond "result or clear error" each checks the invariants of <see cref="StageInvariants"/>: spans stay inside the text.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class TextFuzzTests
{
    private static readonly Lazy<ArticlePipelines> Pipelines = new(() => new ArticlePipelines(
        CaravanPipelines.CreateDefault(ModelCatalog.Default), CaravanPipelines.CreateForTexts(ModelCatalog.Default)));

    private static readonly string[] Languages = ["en", "de", "ro", "ru", "kk", "fr", "xx", ""];

    [Fact]
    public void Clean_HostileText_EndsInResult() =>
        Fuzzer.Run("clean", HostileInputs.Text, HostileInputs.Size, text =>
        {
            var cleaned = new PlainTextCleaner().Clean(text);
            Assert.All(cleaned.Paragraphs, p => Assert.True(p.Length <= text.Length, "a paragraph longer than the input"));
        });

    [Fact]
    public void TokenizerAndSentences_HostileText_SpansInsideText() =>
        Fuzzer.Run("tokenizer and sentence splitter", Gen.Select(HostileInputs.Text, Gen.Int[0, Languages.Length - 1]), t => HostileInputs.Size(t.Item1), input =>
        {
            var (text, language) = input;
            Assert.All(Tokenizer.Tokenize(text), t => Assert.True(t.Span.IsValidFor(text)));
            Assert.All(new SentenceSplitter(Languages[language]).Split(text), s => Assert.True(s.IsValidFor(text)));
            Assert.All(Paragraphs.Split(text), p => Assert.True(p.IsValidFor(text)));
        });

    [Fact]
    public void LanguageId_HostileText_AnswersAKnownLanguage()
    {
        var identifier = LanguagePipelineExtensions.LoadIdentifier(ModelCatalog.Default);
        Fuzzer.Run("language id", HostileInputs.Text, HostileInputs.Size, text =>
        {
            var guess = identifier.Identify(text);
            Assert.False(string.IsNullOrEmpty(guess.Language));
            Assert.All(guess.Candidates, c => Assert.InRange(c.Probability, 0, 1));
        });
    }

    [Fact]
    public void TextPipeline_HostileArticles_SpansInsideText()
    {
        _ = Pipelines.Value; // models load before the clock of the first input starts
        Fuzzer.Run("text pipeline (entities, quotes, relations)", Gen.Select(HostileInputs.Text, Gen.Int[0, Languages.Length - 1]), t => HostileInputs.Size(t.Item1), input =>
        {
            var (text, language) = input;
            var article = new Article
            {
                Id = "fuzz",
                Source = new SourceInfo("fuzz.txt", null, SourceKind.PlainText),
                ContentHash = "fuzz",
                Text = text,
                Language = Languages[language].Length == 0 ? "und" : Languages[language],
                Paragraphs = Paragraphs.Split(text),
                Features = ArticleFeatures.Raw | ArticleFeatures.Text | ArticleFeatures.Language,
            };
            var done = Pipelines.Value.Texts.Open().Process(article, CancellationToken.None);
            Assert.Equal(text, done.Text);
            Assert.All(StageInvariants.AllSpans(done), s => Assert.True(s.IsValidFor(done.Text)));
        });
    }

    [Fact]
    public void DefaultPipeline_HostileDocuments_SpansInsideText()
    {
        _ = Pipelines.Value; // models load before the clock of the first input starts
        Fuzzer.Run("default pipeline (every stage)", Gen.Select(HostileInputs.BytesOf(HostileInputs.Html), Gen.Bool), t => HostileInputs.Size(t.Item1), input =>
        {
            var (bytes, html) = input;
            var raw = new RawDocument("fuzz", new SourceInfo(html ? "fuzz.html" : "fuzz.txt", null, html ? SourceKind.Html : SourceKind.PlainText),
                bytes, ContentChecks.Hash(bytes), DocumentHints.None);
            var done = Pipelines.Value.Default.Open().Process(raw.ToArticle(), CancellationToken.None);
            Assert.All(StageInvariants.AllSpans(done), s => Assert.True(s.IsValidFor(done.Text)));
        });
    }

    private sealed record ArticlePipelines(ArticlePipeline Default, ArticlePipeline Texts);
}
