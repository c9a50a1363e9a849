using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Departments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    CodeFolded = table.Column<string>(type: "TEXT", nullable: true),
                    NameFolded = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Departments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Periods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Term = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CodeFolded = table.Column<string>(type: "TEXT", nullable: true),
                    NameFolded = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", nullable: false),
                    LoaderVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    FileNameFolded = table.Column<string>(type: "TEXT", nullable: true),
                    PublisherFolded = table.Column<string>(type: "TEXT", nullable: true),
                    Sha256Folded = table.Column<string>(type: "TEXT", nullable: true),
                    TitleFolded = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Documents_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Section = table.Column<string>(type: "TEXT", nullable: false),
                    Table = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstLine = table.Column<int>(type: "INTEGER", nullable: false),
                    LastLine = table.Column<int>(type: "INTEGER", nullable: false),
                    NoteFolded = table.Column<string>(type: "TEXT", nullable: true),
                    SectionFolded = table.Column<string>(type: "TEXT", nullable: true),
                    TableFolded = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sources_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Donations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Donor = table.Column<string>(type: "TEXT", nullable: false),
                    Intermediary = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    ValueQuetzales = table.Column<long>(type: "INTEGER", nullable: true),
                    Quote = table.Column<string>(type: "TEXT", nullable: false),
                    DescriptionFolded = table.Column<string>(type: "TEXT", nullable: true),
                    DonorFolded = table.Column<string>(type: "TEXT", nullable: true),
                    IntermediaryFolded = table.Column<string>(type: "TEXT", nullable: true),
                    QuoteFolded = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Donations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Donations_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Donations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntegrityChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Collection = table.Column<string>(type: "TEXT", nullable: false),
                    Field = table.Column<string>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", nullable: false),
                    Printed = table.Column<long>(type: "INTEGER", nullable: false),
                    Computed = table.Column<long>(type: "INTEGER", nullable: true),
                    Difference = table.Column<long>(type: "INTEGER", nullable: true),
                    Matches = table.Column<bool>(type: "INTEGER", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", nullable: false),
                    CollectionFolded = table.Column<string>(type: "TEXT", nullable: true),
                    FieldFolded = table.Column<string>(type: "TEXT", nullable: true),
                    RuleFolded = table.Column<string>(type: "TEXT", nullable: true),
                    SubjectFolded = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrityChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntegrityChecks_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IntegrityChecks_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Programs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Acronym = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    TargetPopulation = table.Column<string>(type: "TEXT", nullable: false),
                    Modalities = table.Column<string>(type: "TEXT", nullable: false),
                    GoodsAndServices = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    AcronymFolded = table.Column<string>(type: "TEXT", nullable: true),
                    CodeFolded = table.Column<string>(type: "TEXT", nullable: true),
                    DescriptionFolded = table.Column<string>(type: "TEXT", nullable: true),
                    NameFolded = table.Column<string>(type: "TEXT", nullable: true),
                    TargetPopulationFolded = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Programs_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ReportedTotals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Collection = table.Column<string>(type: "TEXT", nullable: false),
                    Field = table.Column<string>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: true),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    CollectionFolded = table.Column<string>(type: "TEXT", nullable: true),
                    FieldFolded = table.Column<string>(type: "TEXT", nullable: true),
                    LabelFolded = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportedTotals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportedTotals_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReportedTotals_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Shelters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Shelters = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", nullable: false),
                    CoverageStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CoverageEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeopleServed = table.Column<int>(type: "INTEGER", nullable: false),
                    LocationFolded = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Shelters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Shelters_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Shelters_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Shelters_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DonationItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DonationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    DescriptionFolded = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DonationItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DonationItem_Donations_DonationId",
                        column: x => x.DonationId,
                        principalTable: "Donations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Achievements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", nullable: false),
                    QuoteFolded = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Achievements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Achievements_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Achievements_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Achievements_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BeneficiaryFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Measure = table.Column<string>(type: "TEXT", nullable: false),
                    MeasureLabel = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    CountsPeopleServed = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPeopleCount = table.Column<bool>(type: "INTEGER", nullable: false),
                    MeasureFolded = table.Column<string>(type: "TEXT", nullable: true),
                    MeasureLabelFolded = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BeneficiaryFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BeneficiaryFigures_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BeneficiaryFigures_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BeneficiaryFigures_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BeneficiaryFigures_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BudgetLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Activity = table.Column<string>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: true),
                    Approved = table.Column<long>(type: "INTEGER", nullable: false),
                    Current = table.Column<long>(type: "INTEGER", nullable: false),
                    Executed = table.Column<long>(type: "INTEGER", nullable: false),
                    ExecutionRate = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousId = table.Column<int>(type: "INTEGER", nullable: true),
                    ActivityFolded = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetLines_BudgetLines_PreviousId",
                        column: x => x.PreviousId,
                        principalTable: "BudgetLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_BudgetLines_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BudgetLines_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BudgetLines_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommunityHomesCoverage",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalitiesWithPresence = table.Column<int>(type: "INTEGER", nullable: true),
                    CommunityHomes = table.Column<int>(type: "INTEGER", nullable: true),
                    ChildCareCentres = table.Column<int>(type: "INTEGER", nullable: true),
                    ChildrenServed = table.Column<int>(type: "INTEGER", nullable: true),
                    PreviousId = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityHomesCoverage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommunityHomesCoverage_CommunityHomesCoverage_PreviousId",
                        column: x => x.PreviousId,
                        principalTable: "CommunityHomesCoverage",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CommunityHomesCoverage_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommunityHomesCoverage_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommunityHomesCoverage_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommunityHomesCoverage_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Goals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Directorate = table.Column<string>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: true),
                    Concept = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    AnnualTarget = table.Column<int>(type: "INTEGER", nullable: true),
                    AccumulatedExecution = table.Column<int>(type: "INTEGER", nullable: true),
                    ExecutionRate = table.Column<long>(type: "INTEGER", nullable: true),
                    PreviousId = table.Column<int>(type: "INTEGER", nullable: true),
                    ConceptFolded = table.Column<string>(type: "TEXT", nullable: true),
                    DirectorateFolded = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Goals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Goals_Goals_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Goals_Goals_PreviousId",
                        column: x => x.PreviousId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Goals_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Goals_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Goals_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OlderPeopleCoverage",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CareCentres = table.Column<int>(type: "INTEGER", nullable: true),
                    Men = table.Column<int>(type: "INTEGER", nullable: true),
                    Women = table.Column<int>(type: "INTEGER", nullable: true),
                    GenderTotal = table.Column<int>(type: "INTEGER", nullable: true),
                    Garifuna = table.Column<int>(type: "INTEGER", nullable: true),
                    LadinoMestizo = table.Column<int>(type: "INTEGER", nullable: true),
                    Maya = table.Column<int>(type: "INTEGER", nullable: true),
                    PuebloTotal = table.Column<int>(type: "INTEGER", nullable: true),
                    IntegralCareServices = table.Column<int>(type: "INTEGER", nullable: true),
                    GenerationGapEvents = table.Column<int>(type: "INTEGER", nullable: true),
                    PreviousId = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OlderPeopleCoverage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OlderPeopleCoverage_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OlderPeopleCoverage_OlderPeopleCoverage_PreviousId",
                        column: x => x.PreviousId,
                        principalTable: "OlderPeopleCoverage",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_OlderPeopleCoverage_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OlderPeopleCoverage_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OlderPeopleCoverage_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SocialServiceCoverage",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Men = table.Column<int>(type: "INTEGER", nullable: true),
                    Women = table.Column<int>(type: "INTEGER", nullable: true),
                    GenderTotal = table.Column<int>(type: "INTEGER", nullable: true),
                    LadinoMestizo = table.Column<int>(type: "INTEGER", nullable: true),
                    Maya = table.Column<int>(type: "INTEGER", nullable: true),
                    PuebloTotal = table.Column<int>(type: "INTEGER", nullable: true),
                    ProvisionsTotal = table.Column<int>(type: "INTEGER", nullable: true),
                    PreviousId = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialServiceCoverage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SocialServiceCoverage_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SocialServiceCoverage_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SocialServiceCoverage_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SocialServiceCoverage_SocialServiceCoverage_PreviousId",
                        column: x => x.PreviousId,
                        principalTable: "SocialServiceCoverage",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SocialServiceCoverage_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WomenProgramCoverage",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Municipalities = table.Column<int>(type: "INTEGER", nullable: true),
                    Women = table.Column<int>(type: "INTEGER", nullable: true),
                    ProductiveUnits = table.Column<int>(type: "INTEGER", nullable: true),
                    TrainingEvents = table.Column<int>(type: "INTEGER", nullable: true),
                    CommercialEvents = table.Column<int>(type: "INTEGER", nullable: true),
                    PreviousId = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WomenProgramCoverage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WomenProgramCoverage_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WomenProgramCoverage_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WomenProgramCoverage_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WomenProgramCoverage_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WomenProgramCoverage_WomenProgramCoverage_PreviousId",
                        column: x => x.PreviousId,
                        principalTable: "WomenProgramCoverage",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AchievementFigure",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AchievementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    TextFolded = table.Column<string>(type: "TEXT", nullable: true),
                    UnitFolded = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AchievementFigure", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AchievementFigure_Achievements_AchievementId",
                        column: x => x.AchievementId,
                        principalTable: "Achievements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AchievementFigure_AchievementId",
                table: "AchievementFigure",
                column: "AchievementId");

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_PeriodId",
                table: "Achievements",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_ProgramId",
                table: "Achievements",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_QuoteFolded",
                table: "Achievements",
                column: "QuoteFolded");

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_SourceId",
                table: "Achievements",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_BeneficiaryFigures_DepartmentId",
                table: "BeneficiaryFigures",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_BeneficiaryFigures_MeasureLabelFolded",
                table: "BeneficiaryFigures",
                column: "MeasureLabelFolded");

            migrationBuilder.CreateIndex(
                name: "IX_BeneficiaryFigures_PeriodId_DepartmentId",
                table: "BeneficiaryFigures",
                columns: new[] { "PeriodId", "DepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_BeneficiaryFigures_PeriodId_DepartmentId_ProgramId_Measure",
                table: "BeneficiaryFigures",
                columns: new[] { "PeriodId", "DepartmentId", "ProgramId", "Measure" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BeneficiaryFigures_ProgramId",
                table: "BeneficiaryFigures",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_BeneficiaryFigures_SourceId",
                table: "BeneficiaryFigures",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_ActivityFolded",
                table: "BudgetLines",
                column: "ActivityFolded");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_PeriodId",
                table: "BudgetLines",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_PreviousId",
                table: "BudgetLines",
                column: "PreviousId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_ProgramId",
                table: "BudgetLines",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_SourceId",
                table: "BudgetLines",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityHomesCoverage_DepartmentId",
                table: "CommunityHomesCoverage",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityHomesCoverage_PeriodId_DepartmentId",
                table: "CommunityHomesCoverage",
                columns: new[] { "PeriodId", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommunityHomesCoverage_PreviousId",
                table: "CommunityHomesCoverage",
                column: "PreviousId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityHomesCoverage_ProgramId",
                table: "CommunityHomesCoverage",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityHomesCoverage_SourceId",
                table: "CommunityHomesCoverage",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Departments_Code",
                table: "Departments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Departments_NameFolded",
                table: "Departments",
                column: "NameFolded");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_PeriodId",
                table: "Documents",
                column: "PeriodId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DonationItem_DonationId",
                table: "DonationItem",
                column: "DonationId");

            migrationBuilder.CreateIndex(
                name: "IX_Donations_DescriptionFolded",
                table: "Donations",
                column: "DescriptionFolded");

            migrationBuilder.CreateIndex(
                name: "IX_Donations_DonorFolded",
                table: "Donations",
                column: "DonorFolded");

            migrationBuilder.CreateIndex(
                name: "IX_Donations_PeriodId",
                table: "Donations",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_Donations_SourceId",
                table: "Donations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_ConceptFolded",
                table: "Goals",
                column: "ConceptFolded");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_DirectorateFolded",
                table: "Goals",
                column: "DirectorateFolded");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_ParentId",
                table: "Goals",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_PeriodId",
                table: "Goals",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_PreviousId",
                table: "Goals",
                column: "PreviousId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_ProgramId",
                table: "Goals",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_SourceId",
                table: "Goals",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrityChecks_PeriodId_Matches",
                table: "IntegrityChecks",
                columns: new[] { "PeriodId", "Matches" });

            migrationBuilder.CreateIndex(
                name: "IX_IntegrityChecks_SourceId",
                table: "IntegrityChecks",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrityChecks_SubjectFolded",
                table: "IntegrityChecks",
                column: "SubjectFolded");

            migrationBuilder.CreateIndex(
                name: "IX_OlderPeopleCoverage_DepartmentId",
                table: "OlderPeopleCoverage",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_OlderPeopleCoverage_PeriodId_DepartmentId",
                table: "OlderPeopleCoverage",
                columns: new[] { "PeriodId", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OlderPeopleCoverage_PreviousId",
                table: "OlderPeopleCoverage",
                column: "PreviousId");

            migrationBuilder.CreateIndex(
                name: "IX_OlderPeopleCoverage_ProgramId",
                table: "OlderPeopleCoverage",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_OlderPeopleCoverage_SourceId",
                table: "OlderPeopleCoverage",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Periods_Code",
                table: "Periods",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Periods_Year_Term",
                table: "Periods",
                columns: new[] { "Year", "Term" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Programs_Code",
                table: "Programs",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Programs_NameFolded",
                table: "Programs",
                column: "NameFolded");

            migrationBuilder.CreateIndex(
                name: "IX_Programs_SourceId",
                table: "Programs",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportedTotals_PeriodId_Collection_Field",
                table: "ReportedTotals",
                columns: new[] { "PeriodId", "Collection", "Field" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportedTotals_SourceId",
                table: "ReportedTotals",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Shelters_DepartmentId",
                table: "Shelters",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Shelters_LocationFolded",
                table: "Shelters",
                column: "LocationFolded");

            migrationBuilder.CreateIndex(
                name: "IX_Shelters_PeriodId",
                table: "Shelters",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_Shelters_SourceId",
                table: "Shelters",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialServiceCoverage_DepartmentId",
                table: "SocialServiceCoverage",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialServiceCoverage_PeriodId_DepartmentId",
                table: "SocialServiceCoverage",
                columns: new[] { "PeriodId", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SocialServiceCoverage_PreviousId",
                table: "SocialServiceCoverage",
                column: "PreviousId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialServiceCoverage_ProgramId",
                table: "SocialServiceCoverage",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialServiceCoverage_SourceId",
                table: "SocialServiceCoverage",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_DocumentId",
                table: "Sources",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_SectionFolded",
                table: "Sources",
                column: "SectionFolded");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_TableFolded",
                table: "Sources",
                column: "TableFolded");

            migrationBuilder.CreateIndex(
                name: "IX_WomenProgramCoverage_DepartmentId",
                table: "WomenProgramCoverage",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_WomenProgramCoverage_PeriodId_DepartmentId",
                table: "WomenProgramCoverage",
                columns: new[] { "PeriodId", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WomenProgramCoverage_PreviousId",
                table: "WomenProgramCoverage",
                column: "PreviousId");

            migrationBuilder.CreateIndex(
                name: "IX_WomenProgramCoverage_ProgramId",
                table: "WomenProgramCoverage",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_WomenProgramCoverage_SourceId",
                table: "WomenProgramCoverage",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AchievementFigure");

            migrationBuilder.DropTable(
                name: "BeneficiaryFigures");

            migrationBuilder.DropTable(
                name: "BudgetLines");

            migrationBuilder.DropTable(
                name: "CommunityHomesCoverage");

            migrationBuilder.DropTable(
                name: "DonationItem");

            migrationBuilder.DropTable(
                name: "Goals");

            migrationBuilder.DropTable(
                name: "IntegrityChecks");

            migrationBuilder.DropTable(
                name: "OlderPeopleCoverage");

            migrationBuilder.DropTable(
                name: "ReportedTotals");

            migrationBuilder.DropTable(
                name: "Shelters");

            migrationBuilder.DropTable(
                name: "SocialServiceCoverage");

            migrationBuilder.DropTable(
                name: "WomenProgramCoverage");

            migrationBuilder.DropTable(
                name: "Achievements");

            migrationBuilder.DropTable(
                name: "Donations");

            migrationBuilder.DropTable(
                name: "Departments");

            migrationBuilder.DropTable(
                name: "Programs");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropTable(
                name: "Periods");
        }
    }
}
