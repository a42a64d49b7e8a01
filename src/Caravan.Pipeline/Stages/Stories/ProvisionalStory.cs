namespace Caravan.Pipeline.Stages.Stories;

/// <summary>An article as a story remembers it while the story may still split.</summary>
internal sealed record StoryMember(string ArticleId, DocVector Vector, string Language, DateTimeOffset? Published, int Seq);

/// <summary>
/// A story whose second article joined its first with weak evidence (<see cref="StoryOptions.ProvisionalBelow"/>):
/// each later article sides with the founder it is clearly closer to, or with neither. When both founders have a
/// later article on their side, the story is divided (see <see cref="StoryOptions.SplitSide"/>).
/// </summary>
internal sealed class ProvisionalStory
{
    private readonly List<StoryMember> _first = [];
    private readonly List<StoryMember> _second = [];
    private readonly List<StoryMember> _neither = [];

    // The founders' term weights by id, built for the first later article and kept for the next ones.
    private Dictionary<int, float>? _firstWeights;
    private Dictionary<int, float>? _secondWeights;

    public ProvisionalStory(StoryMember first, StoryMember second)
    {
        _first.Add(first);
        _second.Add(second);
    }

    /// <summary>The founder that leaves with its side when the story is divided.</summary>
    public StoryMember Second => _second[0];

    /// <summary>True when both founders have a later article on their side.</summary>
    public bool Divided => _first.Count > 1 && _second.Count > 1;

    /// <summary>Members that stay: the first founder, its side and the articles that sided with neither, in arrival order.</summary>
    public IEnumerable<StoryMember> Staying => _first.Concat(_neither).OrderBy(m => m.Seq);

    /// <summary>Members that leave: the second founder and its side, in arrival order.</summary>
    public IReadOnlyList<StoryMember> Leaving => _second;

    /// <summary>Records a later article's side; returns true when it sided with the second founder.</summary>
    public bool Add(StoryMember member, double ratio)
    {
        var first = Cosine(member.Vector, _firstWeights ??= Weights(_first[0].Vector));
        var second = Cosine(member.Vector, _secondWeights ??= Weights(_second[0].Vector));
        var side = first >= ratio * second ? _first : second >= ratio * first ? _second : _neither;
        side.Add(member);
        return side == _second;
    }

    private static Dictionary<int, float> Weights(DocVector v)
    {
        var weights = new Dictionary<int, float>(v.Ids.Length);
        for (var i = 0; i < v.Ids.Length; i++)
        {
            weights[v.Ids[i]] = v.Weights[i];
        }

        return weights;
    }

    // Both vectors have unit length; term ids are unique within a vector.
    private static double Cosine(DocVector a, Dictionary<int, float> weights)
    {
        var dot = 0.0;
        for (var i = 0; i < a.Ids.Length; i++)
        {
            if (weights.TryGetValue(a.Ids[i], out var w))
            {
                dot += (double)a.Weights[i] * w;
            }
        }

        return dot;
    }
}
