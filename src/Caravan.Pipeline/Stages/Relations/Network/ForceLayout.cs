namespace Caravan.Pipeline.Stages.Relations.Network;

/// <summary>
/// Fruchterman–Reingold force-directed layout (Fruchterman &amp; Reingold 1991), deterministic: nodes
/// start on a circle in id order and the cooling schedule is fixed, so a graph always gets the same picture.
/// </summary>
internal static class ForceLayout
{
    private const int Iterations = 300;

    /// <summary>Positions in [0,1]² for every node of the graph.</summary>
    public static (double X, double Y)[] Place(ActorGraph graph)
    {
        var n = graph.Nodes.Length;
        var x = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(1, n);
            x[i] = 0.5 + 0.4 * Math.Cos(angle);
            y[i] = 0.5 + 0.4 * Math.Sin(angle);
        }

        var links = graph.Links().ToArray();
        var k = Math.Sqrt(1.0 / Math.Max(1, n));
        var dx = new double[n];
        var dy = new double[n];
        for (var iteration = 0; iteration < Iterations && n > 1; iteration++)
        {
            var temperature = 0.1 * (1 - (double)iteration / Iterations);
            Array.Clear(dx);
            Array.Clear(dy);
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    var (ux, uy, d) = Delta(x, y, i, j);
                    var force = k * k / d;
                    dx[i] += ux * force;
                    dy[i] += uy * force;
                    dx[j] -= ux * force;
                    dy[j] -= uy * force;
                }
            }

            foreach (var (a, b, weight) in links)
            {
                var (ux, uy, d) = Delta(x, y, a, b);
                var force = d * d / k * Math.Min(3, 1 + Math.Log(weight));
                dx[a] -= ux * force;
                dy[a] -= uy * force;
                dx[b] += ux * force;
                dy[b] += uy * force;
            }

            for (var i = 0; i < n; i++)
            {
                var length = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length > 0)
                {
                    x[i] = Math.Clamp(x[i] + dx[i] / length * Math.Min(length, temperature), 0.05, 0.95);
                    y[i] = Math.Clamp(y[i] + dy[i] / length * Math.Min(length, temperature), 0.05, 0.95);
                }
            }
        }

        return [.. Enumerable.Range(0, n).Select(i => (x[i], y[i]))];
    }

    /// <summary>Unit vector from j to i and the distance, never zero (coinciding nodes are nudged apart by index).</summary>
    private static (double Ux, double Uy, double D) Delta(double[] x, double[] y, int i, int j)
    {
        var ddx = x[i] - x[j];
        var ddy = y[i] - y[j];
        var d = Math.Sqrt(ddx * ddx + ddy * ddy);
        if (d < 1e-9)
        {
            return (1, 0, 1e-3 * (1 + i - j));
        }

        return (ddx / d, ddy / d, d);
    }
}
