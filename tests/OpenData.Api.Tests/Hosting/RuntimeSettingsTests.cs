using System.Text.Json;

namespace OpenData.Api.Tests.Hosting;

/// <summary>
/// What the server's build tells the runtime, read from the runtimeconfig.json the build writes beside
/// OpenData.Api.dll (the file <c>dotnet OpenData.Api.dll</c> starts with). The project once asked for workstation GC
/// through a property MSBuild does not know, and every build ran server GC: a misspelt property fails silently, so
/// the outcome is pinned, not the property.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void TheServerBuild_RunsWorkstationGC_WithBackgroundCollections()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "OpenData.Api.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.True(properties.GetProperty("System.GC.Concurrent").GetBoolean());
    }
}
