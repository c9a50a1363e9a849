using OpenData.Api.Features.Common;
using OpenData.Api.Features.Departments;
using OpenData.Api.Features.Periods;
using OpenData.Api.Features.Programs;
using OpenData.Api.Features.Provenance;

namespace OpenData.Api.GraphQL.Entities;

/// <summary>Adds what every report record exposes: its period, its source and its line in the report.</summary>
public abstract class ReportRecordDefinition<T> : EntityDefinition<T>
    where T : ReportRecord
{
    protected ReportRecordDefinition(string typeName, string description, string collectionName, string collectionDescription)
        : base(typeName, description, collectionName, collectionDescription)
    {
        Reference<Period>("period", e => e.PeriodId, e => e.Period, "The reporting term the figure belongs to.");
        Reference<Source>("source", e => e.SourceId, e => e.Source, "Where the figure was printed: the report, its section and table, and the table's \"Fuente\" line.");
        Field("line", e => e.Line, "The line of the report's published text this row is printed on.").IsMeasure = false;
    }
}

/// <summary>Adds the department and programme links of a per-department programme table.</summary>
public abstract class CoverageDefinition<T> : ReportRecordDefinition<T>
    where T : CoverageRecord
{
    protected CoverageDefinition(string typeName, string description, string collectionName, string collectionDescription)
        : base(typeName, description, collectionName, collectionDescription)
    {
        Reference<Department>("department", e => e.DepartmentId, e => e.Department, "The department the row is about.");
        Reference<SocialProgram>("program", e => e.ProgramId, e => e.Program, "The programme whose table the row is from.");
    }
}
