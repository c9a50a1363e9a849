namespace OpenData.Api.Tests.Browser;

/// <summary>
/// Browser tests run alone, after the parallel ones: launching chromium while other test hosts start
/// and stop once took the whole test run down (vstest.console vanished without a result) on 2 cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserTestGroup
{
    public const string Name = "Browser";
}
