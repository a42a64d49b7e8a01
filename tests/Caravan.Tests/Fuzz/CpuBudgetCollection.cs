namespace Caravan.Tests.Fuzz;

/// <summary>
/// Tests with a CPU-time budget run alone, after the parallel tests: with workstation GC a thread that
/// triggers a collection does the collecting, so other tests allocating in the same process would
/// charge their garbage to the measured thread (a 3 s extraction read 5.4 s in a loaded CI run).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CpuBudgetCollection
{
    public const string Name = "CpuBudget";
}
