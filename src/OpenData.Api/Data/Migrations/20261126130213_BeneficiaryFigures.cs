using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class BeneficiaryFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BeneficiaryFigures");
        }
    }
}
