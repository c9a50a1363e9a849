namespace OpenData.Api.Exports;

/// <summary>Placeholder until the licence work lands (issue 9, item 3).</summary>
internal static class DataLicence
{
    public const string Name = "CC-BY-4.0";
    public const string Path = "https://creativecommons.org/licenses/by/4.0/";
    public const string Title = "Creative Commons Attribution 4.0";
}
