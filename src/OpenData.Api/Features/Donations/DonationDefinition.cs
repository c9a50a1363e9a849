using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.Features.Donations;

public sealed class DonationDefinition : ReportRecordDefinition<Donation>
{
    public DonationDefinition()
        : base(
            "Donation",
            "A donation the Unidad de Donaciones managed in the term, as a bullet of the report states it.",
            "donations",
            "Donations managed, one per bullet of \"Unidad de Donaciones\".")
    {
        Text("donor", e => e.Donor, "Who gave it, as the report names them.");
        Field("intermediary", e => e.Intermediary, "Through whom it came (\"a través de\", \"por medio de\"), where stated.");
        Text("description", e => e.Description, "What was given, in the report's words.");
        Field("valueQuetzales", e => e.ValueQuetzales, "Its value in quetzales, where the report states one.");
        Field("quote", e => e.Quote, "The report's sentence this record is read from, verbatim.");
        Collection<DonationItem>("items", i => i.DonationId, "The quantities the report states for parts of the donation (e.g. 150 wheelchairs for adults), in the order the sentence gives them; `donationItems` has them all as one collection to filter and add up.");
    }
}
