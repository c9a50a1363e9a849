namespace OpenData.Api.Seeding;

/// <summary>The folder of published reports, each report.txt with its report.curated.json beside it.</summary>
public sealed record SeedFolder(string Path)
{
    public const string CuratedSuffix = ".curated.json";

    /// <summary>"Seed:Directory" when set; otherwise the nearest seed/ folder above the content root or the app.</summary>
    public static SeedFolder Locate(IConfiguration configuration, string contentRoot)
    {
        if (configuration["Seed:Directory"] is { Length: > 0 } configured)
        {
            return new SeedFolder(System.IO.Path.GetFullPath(configured, contentRoot));
        }

        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "seed");
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.txt").Any())
                {
                    return new SeedFolder(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException($"No seed/ folder with a report was found above {contentRoot}; set Seed:Directory.");
    }

    public IEnumerable<string> Reports => Directory.EnumerateFiles(Path, "*.txt").Order(StringComparer.Ordinal);

    public static string CuratedFor(string report) =>
        System.IO.Path.ChangeExtension(report, null) + CuratedSuffix;
}
