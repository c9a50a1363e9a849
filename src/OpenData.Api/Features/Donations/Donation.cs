using OpenData.Api.Features.Common;

namespace OpenData.Api.Features.Donations;

/// <summary>A donation the Unidad de Donaciones managed in the period, as a bullet of the report states it.</summary>
public sealed class Donation : ReportRecord
{
    public required string Donor { get; init; }
    public string? Intermediary { get; init; }
    public required string Description { get; init; }
    public decimal? ValueQuetzales { get; init; }
    public required string Quote { get; init; }
    public List<DonationItem> Items { get; init; } = [];
}

/// <summary>A quantity the report states for part of a donation.</summary>
public sealed class DonationItem
{
    public int Id { get; init; }
    public int DonationId { get; init; }
    public Donation? Donation { get; init; }
    public required string Description { get; init; }
    public required int Quantity { get; init; }
}
