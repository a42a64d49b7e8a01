using System.Globalization;
using BenchmarkDotNet.Running;
using Caravan.Benchmarks;
using Caravan.Testing;

// Benchmark helpers. `generate DIR N [SEED]`: writes N synthetic multilingual articles (GeneratedCorpus)
// into DIR and checks the count, so a benchmark never silently measures an empty corpus.
// `stages [BenchmarkDotNet arguments]`: time per article of every stage (StageBenchmarks).
if (args is ["generate", var dir, var count, ..])
{
    var n = int.Parse(count, CultureInfo.InvariantCulture);
    var seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 7;
    Directory.CreateDirectory(dir);
    var written = 0;
    foreach (var (name, text) in GeneratedCorpus.Articles(n, seed))
    {
        File.WriteAllText(Path.Combine(dir, name), text);
        written++;
    }

    if (written != n || Directory.GetFiles(dir).Length < n)
    {
        Console.Error.WriteLine($"generated {written} articles, expected {n}");
        return 1;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written} articles in {dir}"));
    return 0;
}

if (args is ["stages", ..])
{
    BenchmarkRunner.Run<StageBenchmarks>(args: args[1..]);
    return 0;
}

Console.Error.WriteLine("usage: Caravan.Benchmarks generate DIR N [SEED] | stages [BenchmarkDotNet arguments]");
return 1;
