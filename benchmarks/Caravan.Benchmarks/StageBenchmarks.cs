using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Caravan.Core.Model;
using Caravan.Core.Pipeline;

namespace Caravan.Benchmarks;

/// <summary>
/// Time per article of each stage of the default pipeline on generated multilingual articles (one thread).
/// Per-article stages process the 200 prepared inputs; corpus stages open a fresh session and see them in order,
/// so their figure includes the growth of corpus state over 200 articles. Articles/s = 1 s / Mean.
/// </summary>
[Config(typeof(Config))]
public class StageBenchmarks
{
    private IArticleStage? _articleStage;
    private ICorpusStage? _corpusStage;
    private IReadOnlyList<Article> _inputs = [];

    [ParamsSource(nameof(Stages))]
    public string Stage { get; set; } = "";

    public static IEnumerable<string> Stages() =>
        StageInputs.Default.Pipeline.ArticleStages.Select(s => s.Info.Name).Concat(StageInputs.Default.Pipeline.CorpusStages.Select(s => s.Info.Name));

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = StageInputs.Default.Pipeline;
        _articleStage = pipeline.ArticleStages.FirstOrDefault(s => s.Info.Name == Stage);
        _corpusStage = pipeline.CorpusStages.FirstOrDefault(s => s.Info.Name == Stage);
        _inputs = StageInputs.Default.Inputs[Stage];
    }

    [Benchmark(OperationsPerInvoke = StageInputs.Articles)]
    public int Process()
    {
        var annotated = 0;
        if (_articleStage is { } stage)
        {
            foreach (var article in _inputs)
            {
                annotated += stage.Process(article, CancellationToken.None).Text.Length > 0 ? 1 : 0;
            }

            return annotated;
        }

        var session = _corpusStage!.Open();
        foreach (var article in _inputs)
        {
            annotated += session.Process(article, CancellationToken.None).Text.Length > 0 ? 1 : 0;
        }

        return annotated;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In process: no second build of the project (slow on the shared machine); few iterations: the
            // machine is noisy anyway, and the whole-run script is the reference for throughput.
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray());
            AddLogger(DefaultConfig.Instance.GetLoggers().ToArray());
            AddExporter(DefaultConfig.Instance.GetExporters().ToArray());
            WithOptions(ConfigOptions.DisableOptimizationsValidator);
        }
    }
}
