namespace Caravan.Pipeline.Stages.Entities.Ner;

/// <summary>A unit-length sparse vector (dimensions ascending).</summary>
internal sealed record SparseVector(int[] Dims, float[] Values)
{
    public static SparseVector Normalised(IReadOnlyList<(int Dim, double Value)> entries)
    {
        var norm = Math.Sqrt(entries.Sum(e => e.Value * e.Value));
        return new SparseVector(
            [.. entries.Select(e => e.Dim)],
            [.. entries.Select(e => norm > 0 ? (float)(e.Value / norm) : 0f)]);
    }

    public float Dot(float[] dense)
    {
        var sum = 0f;
        for (var i = 0; i < Dims.Length; i++)
        {
            sum += Values[i] * dense[Dims[i]];
        }

        return sum;
    }
}

/// <summary>
/// Spherical k-means (Dhillon and Modha 2001): cosine similarity to unit-length centroids, seeded
/// with k-means++ (Arthur and Vassilvitskii 2007) from a fixed seed, so the result is deterministic.
/// </summary>
internal static class SphericalKMeans
{
    /// <summary>The cluster (0..k-1) of each member; fewer members than k each get their own cluster.</summary>
    public static int[] Assign(int[] members, SparseVector[] vectors, int k, int iterations, int seed)
    {
        var assignment = new int[members.Length];
        if (members.Length <= k)
        {
            for (var i = 0; i < members.Length; i++)
            {
                assignment[i] = i;
            }

            return assignment;
        }

        var dims = 1 + members.Max(m => vectors[m].Dims.Length > 0 ? vectors[m].Dims[^1] : 0);
        var centroids = Seed(members, vectors, k, dims, new Random(seed));
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var changed = 0;
            for (var i = 0; i < members.Length; i++)
            {
                var best = Nearest(vectors[members[i]], centroids);
                changed += best != assignment[i] ? 1 : 0;
                assignment[i] = best;
            }

            centroids = Centroids(members, vectors, assignment, k, dims);
            if (iteration > 0 && changed == 0)
            {
                break;
            }
        }

        return assignment;
    }

    private static int Nearest(SparseVector v, float[][] centroids)
    {
        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var c = 0; c < centroids.Length; c++)
        {
            var score = v.Dot(centroids[c]);
            if (score > bestScore)
            {
                bestScore = score;
                best = c;
            }
        }

        return best;
    }

    private static float[][] Seed(int[] members, SparseVector[] vectors, int k, int dims, Random random)
    {
        var centroids = new List<float[]> { Dense(vectors[members[random.Next(members.Length)]], dims) };
        var distance = new double[members.Length];
        Array.Fill(distance, double.MaxValue);
        while (centroids.Count < k)
        {
            // Each round only the newest centroid can bring a member nearer.
            var sum = 0.0;
            for (var i = 0; i < members.Length; i++)
            {
                distance[i] = Math.Min(distance[i], 1 - vectors[members[i]].Dot(centroids[^1]));
                sum += distance[i] * distance[i];
            }

            var pick = random.NextDouble() * sum;
            var chosen = members.Length - 1;
            for (var i = 0; i < members.Length; i++)
            {
                pick -= distance[i] * distance[i];
                if (pick <= 0)
                {
                    chosen = i;
                    break;
                }
            }

            centroids.Add(Dense(vectors[members[chosen]], dims));
        }

        return [.. centroids];
    }

    private static float[] Dense(SparseVector v, int dims)
    {
        var dense = new float[dims];
        for (var i = 0; i < v.Dims.Length; i++)
        {
            dense[v.Dims[i]] = v.Values[i];
        }

        return dense;
    }

    private static float[][] Centroids(int[] members, SparseVector[] vectors, int[] assignment, int k, int dims)
    {
        var centroids = new float[k][];
        for (var c = 0; c < k; c++)
        {
            centroids[c] = new float[dims];
        }

        for (var i = 0; i < members.Length; i++)
        {
            var v = vectors[members[i]];
            var centroid = centroids[assignment[i]];
            for (var d = 0; d < v.Dims.Length; d++)
            {
                centroid[v.Dims[d]] += v.Values[d];
            }
        }

        foreach (var centroid in centroids)
        {
            var norm = MathF.Sqrt(centroid.Sum(x => x * x));
            for (var d = 0; norm > 0 && d < centroid.Length; d++)
            {
                centroid[d] /= norm;
            }
        }

        return centroids;
    }
}
