using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace OpenData.Api.Hosting;

public static class AppSettings
{
    /// <summary>
    /// Reads the appsettings files the build puts beside the app, under everything else: started from another
    /// folder (`dotnet path/OpenData.Api.dll`), the content root is that folder and has none, and the server would
    /// run without its logging levels. A content root's own files, environment variables and the command line still win.
    /// </summary>
    public static void AddAppSettingsBesideTheApp(this ConfigurationManager configuration, IHostEnvironment environment)
    {
        var folder = AppContext.BaseDirectory;
        if (Path.GetFullPath(folder).TrimEnd('/') == Path.GetFullPath(environment.ContentRootPath).TrimEnd('/'))
        {
            return;
        }

        var files = new PhysicalFileProvider(folder);
        IConfigurationSource[] sources =
        [
            new JsonConfigurationSource { FileProvider = files, Path = "appsettings.json", Optional = true },
            new JsonConfigurationSource { FileProvider = files, Path = $"appsettings.{environment.EnvironmentName}.json", Optional = true },
        ];
        for (var i = sources.Length - 1; i >= 0; i--)
        {
            configuration.Sources.Insert(0, sources[i]);
        }
    }
}
