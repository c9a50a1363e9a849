using OpenData.Api.GraphQL.Entities;

namespace OpenData.Api.Features.Periods;

public sealed class PeriodDefinition : EntityDefinition<Period>
{
    public PeriodDefinition()
        : base("Period", "A reporting term: SOSEP publishes one accountability report per cuatrimestre (four-month term) of a year.", "periods", "The reporting terms whose reports are loaded.")
    {
        LookupKey = Field("code", e => e.Code, "The term's code, year and term number: \"2021-T1\" is January–April 2021.");
        LookupDescription = "One reporting term by its code in any case, e.g. \"2021-T1\" or \"2021-t1\".";
        LookupForms = new LookupForms("a term code", "Use code: with the year and term, e.g. \"2021-T1\", in any case; periods lists the terms loaded.");
        Field("year", e => e.Year, "The calendar year of the term.").IsMeasure = false;
        Field("term", e => e.Term, "Which cuatrimestre of the year: 1 is January–April, 2 May–August, 3 September–December.").IsMeasure = false;
        Field("name", e => e.Name, "The term as the report names it, e.g. \"Primer cuatrimestre 2021\".");
        Field("startDate", e => e.StartDate, "The first day of the term.");
        Field("endDate", e => e.EndDate, "The last day of the term.");
    }
}
