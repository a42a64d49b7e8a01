using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Caravan.Tests.Storage.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests of one collection: <c>initdb</c> into a temp folder,
/// <c>postgres</c> on 127.0.0.1 and a free port (socket in the same folder), stopped and deleted on
/// dispose. Each test takes a fresh database of its own (<see cref="NewDatabaseUrl"/>).
/// <para>
/// The binaries are found on PATH, else under /usr/lib/postgresql/&lt;version&gt;/bin (Debian's
/// <c>postgresql</c> package). initdb refuses to run as root, so as root the cluster runs as the user
/// named by CARAVAN_TEST_PG_USER, else <c>postgres</c> if it exists, else <c>nobody</c> (through
/// <c>runuser</c>), in a folder that user can write. CARAVAN_TEST_POSTGRES=postgres://... uses an
/// existing server instead (the user must be allowed to create databases). When no server can be had
/// the PostgreSQL tests are skipped with the reason, unless CARAVAN_REQUIRE_POSTGRES=1 (set by
/// .ci/run), which makes them fail.
/// </para>
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string? _folder;
    private readonly string? _pgCtl;
    private readonly string? _runAs;
    private readonly string _serverUrl = "";
    private int _databases;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable("CARAVAN_TEST_POSTGRES") is { Length: > 0 } existing)
        {
            _serverUrl = existing.TrimEnd('/');
            return;
        }

        var bin = OperatingSystem.IsWindows() ? null : FindBinaries();
        if (bin is null || OperatingSystem.IsWindows())
        {
            Unavailable = "PostgreSQL not found (no initdb on PATH or in /usr/lib/postgresql/*/bin): apt-get install -y postgresql";
            return;
        }

        _pgCtl = Path.Combine(bin, "pg_ctl");
        _runAs = Environment.UserName == "root" ? Environment.GetEnvironmentVariable("CARAVAN_TEST_PG_USER") ?? (UserExists("postgres") ? "postgres" : "nobody") : null;
        _folder = Path.Combine(Path.GetTempPath(), "caravan-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
        // The unprivileged user writes the cluster and its socket here; nothing else lives in it.
        File.SetUnixFileMode(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
        var data = Path.Combine(_folder, "data");
        var port = FreePort();
        var init = Run(Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        var start = init.ExitCode != 0 ? init : Run(_pgCtl, "-D", data, "-l", Path.Combine(_folder, "log"), "-w", "-t", "60", "-o",
            string.Create(CultureInfo.InvariantCulture,
                $"-c listen_addresses=127.0.0.1 -p {port} -k {_folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off"),
            "start");
        if (start.ExitCode != 0)
        {
            var log = Path.Combine(_folder, "log");
            Unavailable = $"PostgreSQL did not start ({(_runAs is null ? "" : "as " + _runAs + ", ")}{bin}): {start.Output.Trim()} {(File.Exists(log) ? File.ReadAllText(log).Trim() : "")}";
            Cleanup();
            return;
        }

        _serverUrl = string.Create(CultureInfo.InvariantCulture, $"postgres://postgres@127.0.0.1:{port}");
    }

    /// <summary>Why no server could be had, or null when one runs.</summary>
    public string? Unavailable { get; }

    /// <summary>Skips the calling test when there is no server (fails it instead under CARAVAN_REQUIRE_POSTGRES=1).</summary>
    public void SkipIfUnavailable()
    {
        if (Unavailable is not null && Environment.GetEnvironmentVariable("CARAVAN_REQUIRE_POSTGRES") == "1")
        {
            Assert.Fail("CARAVAN_REQUIRE_POSTGRES=1 but " + Unavailable);
        }

        Skip.If(Unavailable is not null, Unavailable);
    }

    /// <summary>Creates an empty database and returns its <c>postgres://</c> URL.</summary>
    public string NewDatabaseUrl()
    {
        SkipIfUnavailable();
        var name = string.Create(CultureInfo.InvariantCulture, $"caravan_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}");
        using var connection = new NpgsqlConnection(Caravan.Storage.Postgres.PostgresUrl.ToConnectionString(_serverUrl + "/postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name}; CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return _serverUrl + "/" + name;
    }

    public void Dispose()
    {
        if (_folder is not null && Unavailable is null)
        {
            Run(_pgCtl!, "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }

        Cleanup();
    }

    private void Cleanup()
    {
        NpgsqlConnection.ClearAllPools();
        if (_folder is not null && Directory.Exists(_folder))
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a stopped server's files are gone with the temp folder at the latest.
            }
        }
    }

    private static string? FindBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
        if (onPath is not null)
        {
            return onPath;
        }

        const string debian = "/usr/lib/postgresql";
        return Directory.Exists(debian)
            ? Directory.GetDirectories(debian)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
    }

    private static bool UserExists(string user) => File.ReadLines("/etc/passwd").Any(l => l.StartsWith(user + ":", StringComparison.Ordinal));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a PostgreSQL tool (as the unprivileged user when we are root); exit code and output.</summary>
    private (int ExitCode, string Output) Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(_runAs is null ? tool : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (_runAs is not null)
        {
            foreach (var a in (string[])["-u", _runAs, "--", tool])
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        try
        {
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"{info.FileName}: {e.Message}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
