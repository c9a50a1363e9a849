namespace OpenData.Api.Seeding.Reading;

/// <summary>Turns a table's cells into its row record, column by column as <see cref="Layouts"/> lists them.</summary>
internal static class RowMaps
{
    public static BudgetRow Budget(TableRow r) =>
        new(r.Text(0), r.RequiredMoney(1), r.RequiredMoney(2), r.RequiredMoney(3), r.RequiredRate(4), r.Line);

    public static CommunityHomesRow CommunityHomes(TableRow r) =>
        new(r.Text(0), r.Count(1), r.Count(2), r.Count(3), r.Count(4), r.Line);

    public static SocialServiceRow SocialService(TableRow r) =>
        new(r.Text(0), r.Count(1), r.Count(2), r.Count(3), r.Count(4), r.Count(5), r.Count(6), r.Count(7), r.Line);

    public static WomenProgramRow WomenProgram(TableRow r) =>
        new(r.Text(0), r.Count(1), r.Count(2), r.Count(3), r.Count(4), r.Count(5), r.Line);

    public static OlderPeopleRow OlderPeople(TableRow r) =>
        new(r.Text(0), r.Count(1), r.Count(2), r.Count(3), r.Count(4), r.Count(5), r.Count(6), r.Count(7), r.Count(8), r.Count(9), r.Count(10), r.Line);

    public static ShelterRow Shelter(TableRow r)
    {
        var (start, end) = r.DateRange(2);
        return new ShelterRow(r.RequiredCount(0), r.Text(1), start, end, r.RequiredCount(3), r.Line);
    }
}
