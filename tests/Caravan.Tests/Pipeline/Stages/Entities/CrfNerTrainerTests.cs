using Caravan.Pipeline.Stages.Entities;
using Caravan.Pipeline.Stages.Entities.Ner;

namespace Caravan.Tests.Pipeline.Stages.Entities;

public class CrfNerTrainerTests
{
    private const int K = BilouTags.Count;

    /// <summary>A small lattice with random emissions and moves (with the BILOU constraints) of 4 tokens.</summary>
    private static (float[] Emissions, float[] Moves) RandomLattice(int seed, int n = 4)
    {
        var random = new Random(seed);
        var transitions = new NerTransitions(Enumerable.Range(0, NerTransitions.Length).Select(_ => (float)(random.NextDouble() * 4) - 2).ToArray());
        string[] words = ["Ion", "Popa", "a", "spus", "la", "Cluj"];
        var sentence = new NerSentence(words[..n]);
        var moves = CrfNerTrainer.Moves(transitions, NerTransitions.TablesOf(sentence, WordClusters.Empty));
        var emissions = Enumerable.Range(0, n * K).Select(_ => (float)(random.NextDouble() * 6) - 3).ToArray();
        return (emissions, moves);
    }

    /// <summary>Every allowed tag sequence of n tokens (the brute-force reference).</summary>
    private static IEnumerable<int[]> Sequences(int n)
    {
        if (n == 0)
        {
            yield return [];
            yield break;
        }

        foreach (var prefix in Sequences(n - 1))
        {
            for (var k = 0; k < K; k++)
            {
                if (BilouTags.Allowed(prefix.Length == 0 ? BilouTags.Outside : prefix[^1], k))
                {
                    yield return [.. prefix, k];
                }
            }
        }
    }

    [Fact]
    public void LogPartition_SmallLattice_EqualsTheSumOverEverySequence()
    {
        var (emissions, moves) = RandomLattice(3, n: 3);
        var scores = Sequences(3).Where(t => BilouTags.CanEnd(t[^1])).Select(t => CrfLattice.Score(emissions, moves, t)).ToList();
        var max = scores.Max();
        var expected = max + Math.Log(scores.Sum(s => Math.Exp(s - max)));

        Assert.Equal(expected, CrfLattice.Of(emissions, moves, 3).LogPartition, 4);
    }

    [Fact]
    public void Marginals_RandomLattices_SumToOneAndStayWithinTheConstraints()
    {
        for (var seed = 0; seed < 10; seed++)
        {
            var (emissions, moves) = RandomLattice(seed, n: 6);
            var lattice = CrfLattice.Of(emissions, moves, 6);
            for (var i = 0; i < 6; i++)
            {
                Assert.Equal(1, lattice.Unary.AsSpan(i * K, K).ToArray().Sum(), 6);
                Assert.Equal(1, lattice.Pairs.AsSpan(i * K * K, K * K).ToArray().Sum(), 6);
                for (var j = 0; j < K * K; j++)
                {
                    Assert.True(BilouTags.Allowed(j / K, j % K) || lattice.Pairs[(i * K * K) + j] == 0);
                }
            }

            // A sentence cannot end inside a name.
            Assert.All(Enumerable.Range(0, K).Where(k => !BilouTags.CanEnd(k)), k => Assert.Equal(0, lattice.Unary[(5 * K) + k]));
        }
    }

    [Fact]
    public void Marginals_FiniteDifferences_AreTheGradientOfTheLogPartition()
    {
        var (emissions, moves) = RandomLattice(7);
        var lattice = CrfLattice.Of(emissions, moves, 4);
        const float h = 1e-2f;
        for (var cell = 0; cell < emissions.Length; cell++)
        {
            Assert.Equal(lattice.Unary[cell], Difference(emissions, cell, e => CrfLattice.Of(e, moves, 4).LogPartition), 3);
        }

        for (var cell = 0; cell < moves.Length; cell++)
        {
            if (float.IsFinite(moves[cell]))
            {
                Assert.Equal(lattice.Pairs[cell], Difference(moves, cell, m => CrfLattice.Of(emissions, m, 4).LogPartition), 3);
            }
        }

        static double Difference(float[] values, int cell, Func<float[], double> f)
        {
            var plus = (float[])values.Clone();
            var minus = (float[])values.Clone();
            plus[cell] += h;
            minus[cell] -= h;
            return (f(plus) - f(minus)) / (2 * h);
        }
    }

    [Fact]
    public void Train_SeparableData_LearnsIt()
    {
        var options = new NerTrainingOptions(Epochs: 5, Bits: 14, Trainer: NerTrainer.Crf, L2: 0.1);

        var model = PerceptronNerTrainer.Train("t", PerceptronNerTrainerTests.Data(), NerLexicon.Empty, Gazetteer.Empty, options);

        Assert.NotNull(model.Transitions);
        var tags = model.Tag([new NerSentence(["Yesterday", "Mara", "Stan", "visited", "Almaty", "again", "."])]);
        Assert.Equal(["O", "B-PER", "I-PER", "O", "B-LOC", "O", "O"], tags[0].Select(NerTags.Name));
    }

    [Fact]
    public void Train_StrongerL2_ShrinksTheWeights()
    {
        double Norm(double l2)
        {
            var options = new NerTrainingOptions(Epochs: 3, Bits: 14, Trainer: NerTrainer.Crf, L2: l2);
            var model = PerceptronNerTrainer.Train("t", PerceptronNerTrainerTests.Data(), NerLexicon.Empty, Gazetteer.Empty, options);
            return model.Weights.Values.Sum(w => (double)w * w);
        }

        Assert.True(Norm(100) < 0.5 * Norm(0.01));
    }
}
