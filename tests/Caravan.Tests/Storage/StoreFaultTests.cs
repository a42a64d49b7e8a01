using System.Diagnostics;
using System.Text;
using Caravan.Core.Errors;
using Caravan.Pipeline;
using Caravan.Pipeline.Models;
using Caravan.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Caravan.Tests.Storage;

/// <summary>
/// Faults of the machine under the store (issue #8): a full disk, a read-only data folder, a corrupted page,
/// a missing model. Each ends in one clear CARAVAN error, leaves whole batches only, and the recovery steps of
/// docs/operations.md work. Disk-full and read-only need a small tmpfs (root); elsewhere they are skipped.
/// </summary>
public sealed class StoreFaultTests
{
    private const int BatchSize = 16;

    [SkippableFact]
    public void SaveBatch_DiskFull_FailsClearlyKeepsWholeBatchesAndResumesOnABiggerDisk()
    {
        using var disk = SmallDisk.Mount("2m");
        var saved = 0;
        var failure = Assert.Throws<CaravanException>(() =>
        {
            using var store = SqliteArticleStore.Open(disk.Path);
            for (var batch = 0; batch < 1000; batch++)
            {
                store.SaveBatch(Batch(batch), "test");
                saved++;
            }
        });
        Assert.Equal(ErrorCode.StoreUnavailable, failure.Code);
        Assert.Contains("write failed, nothing of it was stored", failure.Message, StringComparison.Ordinal);
        Assert.InRange(saved, 1, 999);

        // Recovery (docs/operations.md): move the folder to a disk with room and run again.
        using var bigger = new TempDirectory();
        foreach (var file in Directory.GetFiles(disk.Path))
        {
            File.Copy(file, Path.Combine(bigger.Path, Path.GetFileName(file)));
        }

        Assert.Equal("ok", IntegrityCheck(bigger.Path));
        using (var store = SqliteArticleStore.Open(bigger.Path))
        {
            Assert.Equal(saved * BatchSize, store.Counts().Articles);
            store.SaveBatch(Batch(saved), "test");
            Assert.Equal((saved + 1) * BatchSize, store.ReadArticles().Count());
        }
    }

    [SkippableFact]
    public void SaveBatch_ReadOnlyDataFolder_FailsClearlyAndKeepsTheStore()
    {
        using var disk = SmallDisk.Mount("8m");
        using (var store = SqliteArticleStore.Open(disk.Path))
        {
            store.SaveBatch(Batch(0), "test");
        }

        disk.Remount("ro");
        var failure = Assert.Throws<CaravanException>(() =>
        {
            using var store = SqliteArticleStore.Open(disk.Path);
            store.SaveBatch(Batch(1), "test");
        });
        Assert.Equal(ErrorCode.StoreUnavailable, failure.Code);
        Assert.Contains(disk.Path, failure.Message, StringComparison.Ordinal);

        disk.Remount("rw");
        using (var store = SqliteArticleStore.Open(disk.Path))
        {
            Assert.Equal(BatchSize, store.ReadArticles().Count());
        }
    }

    [Fact]
    public void Read_CorruptedPages_FailsWithStoreErrorNotACrash()
    {
        using var dir = new TempDirectory();
        using (var store = SqliteArticleStore.Open(dir.Path))
        {
            for (var batch = 0; batch < 20; batch++)
            {
                store.SaveBatch(Batch(batch), "test");
            }
        }

        Checkpoint(dir.Path);
        var file = Path.Combine(dir.Path, SqliteArticleStore.FileName);
        var length = new FileInfo(file).Length;
        using (var stream = File.OpenWrite(file))
        {
            // Eight pages of garbage in the middle of the file: b-tree pages of the articles and raw documents.
            stream.Position = length / 2 / 4096 * 4096;
            stream.Write(Enumerable.Repeat((byte)0xA5, 8 * 4096).ToArray());
        }

        var failure = Assert.Throws<CaravanException>(() =>
        {
            using var store = SqliteArticleStore.Open(dir.Path);
            _ = store.ReadArticles().ToList();
            _ = store.ReadRawDocuments().ToList();
            _ = store.ArticleIds();
        });
        Assert.Equal(ErrorCode.StoreUnavailable, failure.Code);
        Assert.Contains("docs/operations.md", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateDefault_MissingModelFile_FailsWithModelMissingAndTheRebuildCommand()
    {
        using var empty = new TempDirectory();
        var failure = Assert.Throws<CaravanException>(() => CaravanPipelines.CreateDefault(new ModelCatalog(empty.Path)));
        Assert.Equal(ErrorCode.ModelMissing, failure.Code);
        Assert.Contains("caravan train", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>Batch <paramref name="n"/>: articles whose text does not compress away.</summary>
    private static List<(RawDocument, Article)> Batch(int n)
    {
        var random = new Random(n);
        return [.. Enumerable.Range(0, BatchSize).Select(i =>
        {
            var id = FormattableString.Invariant($"a{n}-{i}");
            var text = string.Concat(Enumerable.Range(0, 600).Select(_ => (char)('a' + random.Next(26))));
            var raw = new RawDocument(id, new SourceInfo(id + ".txt", null, SourceKind.PlainText), Encoding.UTF8.GetBytes(text), "h-" + id, DocumentHints.None);
            return (raw, new Article
            {
                Id = id,
                Source = raw.Source,
                ContentHash = raw.ContentHash,
                Text = text,
                Language = "en",
                Sentences = [new TextSpan(0, text.Length)],
                Features = ArticleFeatures.Text,
            });
        })];
    }

    private static string IntegrityCheck(string dir)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dir, SqliteArticleStore.FileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private static void Checkpoint(string dir)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dir, SqliteArticleStore.FileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        command.ExecuteNonQuery();
    }

    /// <summary>A tmpfs of a given size over a fresh folder; skips the test where mounting is not allowed.</summary>
    private sealed class SmallDisk : IDisposable
    {
        private readonly TempDirectory _dir = new();

        public string Path => _dir.Path;

        public static SmallDisk Mount(string size)
        {
            var disk = new SmallDisk();
            var mounted = OperatingSystem.IsLinux() && Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", disk.Path);
            if (!mounted)
            {
                disk._dir.Dispose();
            }

            Skip.IfNot(mounted, "mounting a tmpfs needs Linux and root");
            return disk;
        }

        public void Remount(string mode) => Assert.True(Run("mount", "-o", $"remount,{mode}", Path), $"remount {mode} failed");

        public void Dispose()
        {
            Run("umount", Path);
            _dir.Dispose();
        }

        private static bool Run(string program, params string[] args)
        {
            try
            {
                var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
                foreach (var arg in args)
                {
                    start.ArgumentList.Add(arg);
                }

                using var process = Process.Start(start)!;
                process.WaitForExit();
                return process.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }
    }
}
