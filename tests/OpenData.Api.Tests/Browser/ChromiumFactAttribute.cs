namespace OpenData.Api.Tests.Browser;

/// <summary>
/// A fact that needs Debian's chromium. Without it the test is skipped on a developer machine, but
/// runs and fails on CI (CI=true), where .ci/run installs chromium and a skip would hide a regression.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        var onCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(ChromiumPath) && !onCi)
        {
            Skip = $"{ChromiumPath} is missing; install it with `apt-get install -y chromium`.";
        }
    }
}
