using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OpenData.Api.Tests.Support;

/// <summary>The real app, in memory, on the shared test database.</summary>
public class OpenDataFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(OpenData.Api.Data.DatabaseSettings.ProviderSetting, TestDatabase.Provider.ToString());
        builder.UseSetting("ConnectionStrings:OpenData", TestDatabase.ConnectionString);
        builder.UseSetting("Seed:Directory", Path.Combine(RepoPaths.Root, "seed"));
        builder.UseEnvironment("Testing");
    }
}
