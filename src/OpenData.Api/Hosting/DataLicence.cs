namespace OpenData.Api.Hosting;

/// <summary>
/// The licence facts, in one place: the schema's <c>Document.licence</c>, the front door and the data package's
/// <c>licenses</c> all read them. <see cref="Name"/> and <see cref="CodeName"/> are Open Definition / SPDX ids, as a
/// Frictionless Data Package v1 <c>licenses[].name</c> must be, and the paths are the licences' canonical texts.
/// </summary>
/// <remarks>
/// CC-BY-4.0 rather than a public-domain dedication: the figures are the Government of Guatemala's, and asking
/// whoever reuses the compilation to credit SOSEP's report and this project keeps the source in sight, which is
/// what provenance is for. It covers what this project adds, not the report itself, which stays public information.
/// </remarks>
public static class DataLicence
{
    public const string Name = "CC-BY-4.0";
    public const string Title = "Creative Commons Attribution 4.0 International";
    public const string Path = "https://creativecommons.org/licenses/by/4.0/";

    /// <summary>What <c>Document.licence</c> answers: the licence of the data as served, and the report's own standing.</summary>
    public const string Statement =
        "CC-BY-4.0: this compilation is licensed under Creative Commons Attribution 4.0 International (credit SOSEP's report and this project). "
        + "The report itself is public information of the Government of Guatemala (Ley de Acceso a la Información Pública, Decreto 57-2008), "
        + "open to anyone; its published text states no licence of its own.";

    public const string CodeName = "MIT";
    public const string CodeTitle = "MIT License";
    public const string CodePath = "https://opensource.org/license/mit";
}
