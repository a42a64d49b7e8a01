using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Caravan.Core.Errors;
using Caravan.Core.Pipeline;
using CsCheck;

namespace Caravan.Tests.Fuzz;

/// <summary>
/// Runs one fuzz target for its share of the campaign. Each input must end, within
/// <see cref="FuzzBudget.InputLimit"/> and <see cref="FuzzBudget.AllocationLimit"/>, in a result or a clear error:
/// a <see cref="CaravanException"/> (also when a stage wraps it) or an exception type the target documents.
/// Anything else (another exception, a hang, runaway allocation) fails the test with the input's seed, which
/// CsCheck prints, and the whole input is written to a file (named in the failure) so the case can be replayed.
/// </summary>
internal static class Fuzzer
{
    public static void Run<T>(string target, Gen<T> inputs, Func<T, long> size, Action<T> parse, params Type[] documentedErrors)
    {
        var tried = 0L;
        var clock = Stopwatch.StartNew();
        inputs.Sample(input =>
        {
            Interlocked.Increment(ref tried);
            Guard(target, input, size(input), parse, documentedErrors);
        }, time: FuzzBudget.SecondsPerTarget, threads: 1, print: input => Describe(input) + Save(target, input));
        Log(target, tried, clock.Elapsed);
    }

    private static void Guard<T>(string target, T input, long bytes, Action<T> parse, Type[] documentedErrors)
    {
        long allocated = 0;
        var cpu = TimeSpan.Zero;
        var work = Task.Factory.StartNew(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var started = ThreadCpu.Now();
            try
            {
                parse(input);
            }
            catch (Exception e) when (IsClearError(e, documentedErrors))
            {
                // A clear, per-input error is a correct outcome for hostile input.
            }
            finally
            {
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                cpu = ThreadCpu.Now() - started;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!work.Wait(FuzzBudget.HangLimit))
        {
            throw new TimeoutException($"{target}: an input of {bytes} bytes ran past {FuzzBudget.HangLimit.TotalSeconds} s of wall time (a hang)");
        }

        if (cpu > FuzzBudget.InputLimit)
        {
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                $"{target}: an input of {bytes} bytes took {cpu.TotalSeconds:F1} s of CPU, over the {FuzzBudget.InputLimit.TotalSeconds} s budget"));
        }

        if (allocated > FuzzBudget.AllocationLimit(bytes))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{target}: an input of {bytes} bytes allocated {allocated >> 20} MB, over the {FuzzBudget.AllocationLimit(bytes) >> 20} MB budget"));
        }
    }

    private static bool IsClearError(Exception e, Type[] documentedErrors) => e switch
    {
        CaravanException => true,
        StageFailedException { InnerException: CaravanException } => true,
        _ => documentedErrors.Any(t => t.IsInstanceOfType(e)),
    };

    private static string Describe<T>(T input)
    {
        var text = input switch
        {
            byte[] bytes => $"{bytes.Length} bytes: {Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, 200)))}",
            string s => $"{s.Length} chars: {s[..Math.Min(s.Length, 200)]}",
            System.Runtime.CompilerServices.ITuple tuple => string.Join(", ", Enumerable.Range(0, tuple.Length).Select(i => Describe(tuple[i]))),
            _ => input?.ToString() ?? "null",
        };
        return text.Length > 600 ? text[..600] : text;
    }

    // The whole failing input, for replaying it: CsCheck's seed does not reproduce a time-boxed run, and the description
    // shows only the first bytes.
    private static string Save<T>(string target, T input)
    {
        var payload = input switch
        {
            byte[] bytes => bytes,
            string s => Encoding.UTF8.GetBytes(s),
            System.Runtime.CompilerServices.ITuple { Length: > 0 } tuple when tuple[0] is byte[] bytes => bytes,
            System.Runtime.CompilerServices.ITuple { Length: > 0 } tuple when tuple[0] is string s => Encoding.UTF8.GetBytes(s),
            _ => null,
        };
        if (payload is null)
        {
            return "";
        }

        var folder = Path.Combine(Path.GetTempPath(), "caravan-fuzz");
        Directory.CreateDirectory(folder);
        var name = new string([.. target.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        var path = Path.Combine(folder, $"{name}-{Convert.ToHexString(SHA256.HashData(payload))[..16]}.bin");
        File.WriteAllBytes(path, payload);
        return $" (whole input: {path})";
    }

    private static void Log(string target, long tried, TimeSpan elapsed)
    {
        if (FuzzBudget.LogPath is { } path)
        {
            File.AppendAllText(path, string.Create(CultureInfo.InvariantCulture,
                $"{DateTimeOffset.UtcNow:O}\t{target}\t{tried} inputs\t{elapsed.TotalSeconds:F0} s\n"));
        }
    }
}
