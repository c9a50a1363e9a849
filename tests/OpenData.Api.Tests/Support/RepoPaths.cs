namespace OpenData.Api.Tests.Support;

/// <summary>Finds files of the repository from wherever the test runner put the test assembly.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> _root = new(FindRoot);

    /// <summary>The folder holding OpenData.sln.</summary>
    public static string Root => _root.Value;

    /// <summary>A file in the repository's seed/ folder.</summary>
    public static string Seed(string fileName) => Path.Combine(Root, "seed", fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenData.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No OpenData.sln above {AppContext.BaseDirectory}.");
    }
}
