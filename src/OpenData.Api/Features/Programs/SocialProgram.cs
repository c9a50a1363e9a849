namespace OpenData.Api.Features.Programs;

/// <summary>One of SOSEP's four substantive programmes, as the report describes it.</summary>
public sealed class SocialProgram
{
    public int Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public string? Acronym { get; init; }
    public required string Description { get; init; }
    public required string TargetPopulation { get; init; }
    public required List<string> Modalities { get; init; }
    public required List<string> GoodsAndServices { get; init; }
    public int SourceId { get; init; }
}
