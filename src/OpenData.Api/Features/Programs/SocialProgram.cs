namespace OpenData.Api.Features.Programs;

/// <summary>One of SOSEP's four substantive programmes, as the report describes it.</summary>
public sealed class SocialProgram
{
    public int Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; set; }
    public string? Acronym { get; set; }
    public required string Description { get; set; }
    public required string TargetPopulation { get; set; }
    public required List<string> Modalities { get; set; }
    public required List<string> GoodsAndServices { get; set; }

    /// <summary>The report section it is described in; programmes outlive periods, so the latest report loaded describes them.</summary>
    public int? SourceId { get; set; }

    public OpenData.Api.Features.Provenance.Source? Source { get; set; }
}
