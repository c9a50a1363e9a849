using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class FoldedCodeIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Programs_CodeFolded",
                table: "Programs",
                column: "CodeFolded");

            migrationBuilder.CreateIndex(
                name: "IX_Periods_CodeFolded",
                table: "Periods",
                column: "CodeFolded");

            migrationBuilder.CreateIndex(
                name: "IX_Departments_CodeFolded",
                table: "Departments",
                column: "CodeFolded");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Programs_CodeFolded",
                table: "Programs");

            migrationBuilder.DropIndex(
                name: "IX_Periods_CodeFolded",
                table: "Periods");

            migrationBuilder.DropIndex(
                name: "IX_Departments_CodeFolded",
                table: "Departments");
        }
    }
}
