using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Caravan.Tests.Cli;

namespace Caravan.Tests.Cluster;

/// <summary>A `caravan node` process on 127.0.0.1 and free ports, with its log kept (verbose, so the corpus owner's activation shows).</summary>
public sealed class NodeProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    private NodeProcess(Process process, int siloPort)
    {
        _process = process;
        SiloPort = siloPort;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int SiloPort { get; }

    public bool Exited => _process.HasExited;

    public string Log => string.Join('\n', _log);

    /// <summary>True while this node holds the corpus owner: its last activation is not followed by a deactivation.</summary>
    public bool OwnsCorpus => _log.LastOrDefault(line => line.Contains("corpus 'default' ", StringComparison.Ordinal)) is { } last
        && last.Contains("corpus 'default' active", StringComparison.Ordinal);

    public static NodeProcess Start(string db, string cluster)
    {
        var silo = RedisServer.FreePort();
        var gateway = RedisServer.FreePort();
        var process = CliRunner.Start("node", "--db", db, "--cluster", cluster,
            "--silo-port", silo.ToString(CultureInfo.InvariantCulture), "--gateway-port", gateway.ToString(CultureInfo.InvariantCulture), "--verbose");
        return new NodeProcess(process, silo);
    }

    /// <summary>Waits for the "node ready" line (models loaded, silo joined).</summary>
    public void WaitReady(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!_log.Any(line => line.StartsWith("caravan: node ready", StringComparison.Ordinal)))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("node did not start:\n" + Log);
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>SIGKILL: no shutdown, no goodbye to the cluster.</summary>
    public void Kill()
    {
        _process.Kill();
        if (!_process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            throw new InvalidOperationException("a SIGKILLed node did not exit within a minute");
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _log.Enqueue(line);
        }
    }
}
