namespace Caravan.Tests.Web.Browser;

/// <summary>
/// The browser tests run alone, after the parallel tests: Chromium and axe are CPU-heavy, and on a
/// 2-core machine they would slow the other tests' time-bounded stages (and be slowed by them).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
