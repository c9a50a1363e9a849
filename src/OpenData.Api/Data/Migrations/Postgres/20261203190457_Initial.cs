using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenData.Api.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    CodeFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NameFolded = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Departments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Periods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Term = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CodeFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NameFolded = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentSummaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    ChildrenServed = table.Column<int>(type: "integer", nullable: true),
                    SocialServicePeopleServed = table.Column<int>(type: "integer", nullable: true),
                    Provisions = table.Column<int>(type: "integer", nullable: true),
                    WomenServed = table.Column<int>(type: "integer", nullable: true),
                    OlderPeopleServed = table.Column<int>(type: "integer", nullable: true),
                    ComputedPeopleServed = table.Column<int>(type: "integer", nullable: false, computedColumnSql: "COALESCE(\"ChildrenServed\", 0) + COALESCE(\"SocialServicePeopleServed\", 0) + COALESCE(\"WomenServed\", 0) + COALESCE(\"OlderPeopleServed\", 0)", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentSummaries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartmentSummaries_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DepartmentSummaries_Periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "Periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FileName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Sha256 = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Publisher = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    PublishedAt = table.Column<DateOnly>(type: "date", nullable: true),
                    Url = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    LoadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LoaderVersion = table.Column<int>(type: "integer", nullable: false),
                    FileNameFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PublisherFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Sha256Folded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    TitleFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UrlFolded = table.Column<string>(type: "text", nullable: true, collation: "C")
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    Section = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Table = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    FirstLine = table.Column<int>(type: "integer", nullable: false),
                    LastLine = table.Column<int>(type: "integer", nullable: false),
                    NoteFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SectionFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    TableFolded = table.Column<string>(type: "text", nullable: true, collation: "C")
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Donor = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Intermediary = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Description = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ValueQuetzales = table.Column<long>(type: "bigint", nullable: true),
                    Quote = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DescriptionFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DonorFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    IntermediaryFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    QuoteFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Collection = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Field = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    AddedField = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    FigureKind = table.Column<string>(type: "text", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Printed = table.Column<long>(type: "bigint", nullable: false),
                    Computed = table.Column<long>(type: "bigint", nullable: true),
                    Difference = table.Column<long>(type: "bigint", nullable: true),
                    Matches = table.Column<bool>(type: "boolean", nullable: false),
                    Rule = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RuleFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SubjectFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Acronym = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Description = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    TargetPopulation = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Modalities = table.Column<List<string>>(type: "text[]", nullable: false),
                    GoodsAndServices = table.Column<List<string>>(type: "text[]", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: true),
                    AcronymFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CodeFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DescriptionFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NameFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    TargetPopulationFolded = table.Column<string>(type: "text", nullable: true, collation: "C")
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Collection = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Field = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Label = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Value = table.Column<long>(type: "bigint", nullable: true),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false),
                    LabelFolded = table.Column<string>(type: "text", nullable: true, collation: "C")
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    Shelters = table.Column<int>(type: "integer", nullable: false),
                    Location = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    CoverageStart = table.Column<DateOnly>(type: "date", nullable: false),
                    CoverageEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    PeopleServed = table.Column<int>(type: "integer", nullable: false),
                    LocationFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DonationId = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    DescriptionFolded = table.Column<string>(type: "text", nullable: true, collation: "C")
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgramId = table.Column<int>(type: "integer", nullable: false),
                    Quote = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    QuoteFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Measure = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    MeasureLabel = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Value = table.Column<int>(type: "integer", nullable: false),
                    CountsPeopleServed = table.Column<bool>(type: "boolean", nullable: false),
                    IsPeopleCount = table.Column<bool>(type: "boolean", nullable: false),
                    MeasureLabelFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    ProgramId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Activity = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProgramId = table.Column<int>(type: "integer", nullable: true),
                    Approved = table.Column<long>(type: "bigint", nullable: false),
                    Current = table.Column<long>(type: "bigint", nullable: false),
                    Executed = table.Column<long>(type: "bigint", nullable: false),
                    ExecutionRate = table.Column<long>(type: "bigint", nullable: false),
                    ComputedModification = table.Column<long>(type: "bigint", nullable: false, computedColumnSql: "\"Current\" - \"Approved\"", stored: true),
                    ComputedUnspent = table.Column<long>(type: "bigint", nullable: false, computedColumnSql: "\"Current\" - \"Executed\"", stored: true),
                    PreviousId = table.Column<int>(type: "integer", nullable: true),
                    ActivityFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalitiesWithPresence = table.Column<int>(type: "integer", nullable: true),
                    CommunityHomes = table.Column<int>(type: "integer", nullable: true),
                    ChildCareCentres = table.Column<int>(type: "integer", nullable: true),
                    ChildrenServed = table.Column<int>(type: "integer", nullable: true),
                    PreviousId = table.Column<int>(type: "integer", nullable: true),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    ProgramId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Directorate = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProgramId = table.Column<int>(type: "integer", nullable: true),
                    Concept = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Level = table.Column<string>(type: "text", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    AnnualTarget = table.Column<int>(type: "integer", nullable: true),
                    AccumulatedExecution = table.Column<int>(type: "integer", nullable: true),
                    ExecutionRate = table.Column<long>(type: "bigint", nullable: true),
                    PreviousId = table.Column<int>(type: "integer", nullable: true),
                    ConceptFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DirectorateFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CareCentres = table.Column<int>(type: "integer", nullable: true),
                    Men = table.Column<int>(type: "integer", nullable: true),
                    Women = table.Column<int>(type: "integer", nullable: true),
                    GenderTotal = table.Column<int>(type: "integer", nullable: true),
                    Garifuna = table.Column<int>(type: "integer", nullable: true),
                    LadinoMestizo = table.Column<int>(type: "integer", nullable: true),
                    Maya = table.Column<int>(type: "integer", nullable: true),
                    PuebloTotal = table.Column<int>(type: "integer", nullable: true),
                    IntegralCareServices = table.Column<int>(type: "integer", nullable: true),
                    GenerationGapEvents = table.Column<int>(type: "integer", nullable: true),
                    PreviousId = table.Column<int>(type: "integer", nullable: true),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    ProgramId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Men = table.Column<int>(type: "integer", nullable: true),
                    Women = table.Column<int>(type: "integer", nullable: true),
                    GenderTotal = table.Column<int>(type: "integer", nullable: true),
                    LadinoMestizo = table.Column<int>(type: "integer", nullable: true),
                    Maya = table.Column<int>(type: "integer", nullable: true),
                    PuebloTotal = table.Column<int>(type: "integer", nullable: true),
                    ProvisionsTotal = table.Column<int>(type: "integer", nullable: true),
                    PreviousId = table.Column<int>(type: "integer", nullable: true),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    ProgramId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Municipalities = table.Column<int>(type: "integer", nullable: true),
                    Women = table.Column<int>(type: "integer", nullable: true),
                    ProductiveUnits = table.Column<int>(type: "integer", nullable: true),
                    TrainingEvents = table.Column<int>(type: "integer", nullable: true),
                    CommercialEvents = table.Column<int>(type: "integer", nullable: true),
                    PreviousId = table.Column<int>(type: "integer", nullable: true),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    ProgramId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AchievementId = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false),
                    Unit = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Text = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    TextFolded = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UnitFolded = table.Column<string>(type: "text", nullable: true, collation: "C")
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
                name: "IX_Departments_CodeFolded",
                table: "Departments",
                column: "CodeFolded");

            migrationBuilder.CreateIndex(
                name: "IX_Departments_NameFolded",
                table: "Departments",
                column: "NameFolded");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentSummaries_DepartmentId",
                table: "DepartmentSummaries",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentSummaries_PeriodId_DepartmentId",
                table: "DepartmentSummaries",
                columns: new[] { "PeriodId", "DepartmentId" },
                unique: true);

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
                name: "IX_Periods_CodeFolded",
                table: "Periods",
                column: "CodeFolded");

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
                name: "IX_Programs_CodeFolded",
                table: "Programs",
                column: "CodeFolded");

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
                name: "DepartmentSummaries");

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
