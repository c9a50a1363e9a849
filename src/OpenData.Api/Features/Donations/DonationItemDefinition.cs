using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.Features.Donations;

/// <summary>
/// A donation's stated quantities as a collection of their own, so "how many wheelchairs were donated" is a
/// `where` on the description and a sum of quantity rather than arithmetic over each donation's list.
/// </summary>
public sealed class DonationItemDefinition : EntityDefinition<DonationItem>
{
    public DonationItemDefinition()
        : base(
            "DonationItem",
            "A quantity the report states for part of a donation, e.g. \"150 para adultos\" of a donation of wheelchairs.",
            "donationItems",
            "Every quantity the donations state, one row per part of a donation (150 wheelchairs for adults, 50 for children), to filter by what it counts and add up.")
    {
        Text("description", e => e.Description, "What the quantity counts, in the report's words (\"sillas de ruedas para adultos\").");
        Field("quantity", e => e.Quantity, "How many, as printed.");
        Reference<Donation>("donation", e => e.DonationId, e => e.Donation, "The donation this quantity is part of, with its donor, term and source.");
    }
}
