using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class DepartmentSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DepartmentSummaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChildrenServed = table.Column<int>(type: "INTEGER", nullable: true),
                    SocialServicePeopleServed = table.Column<int>(type: "INTEGER", nullable: true),
                    Provisions = table.Column<int>(type: "INTEGER", nullable: true),
                    WomenServed = table.Column<int>(type: "INTEGER", nullable: true),
                    OlderPeopleServed = table.Column<int>(type: "INTEGER", nullable: true),
                    ComputedPeopleServed = table.Column<int>(type: "INTEGER", nullable: false, computedColumnSql: "COALESCE(\"ChildrenServed\", 0) + COALESCE(\"SocialServicePeopleServed\", 0) + COALESCE(\"WomenServed\", 0) + COALESCE(\"OlderPeopleServed\", 0)", stored: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentSummaries_DepartmentId",
                table: "DepartmentSummaries",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentSummaries_PeriodId_DepartmentId",
                table: "DepartmentSummaries",
                columns: new[] { "PeriodId", "DepartmentId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DepartmentSummaries");
        }
    }
}
