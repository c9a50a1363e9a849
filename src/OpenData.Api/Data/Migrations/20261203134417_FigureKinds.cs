using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class FigureKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "ReportedTotals",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "AddedField",
                table: "IntegrityChecks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddedFieldFolded",
                table: "IntegrityChecks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FigureKind",
                table: "IntegrityChecks",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "ReportedTotals");

            migrationBuilder.DropColumn(
                name: "AddedField",
                table: "IntegrityChecks");

            migrationBuilder.DropColumn(
                name: "AddedFieldFolded",
                table: "IntegrityChecks");

            migrationBuilder.DropColumn(
                name: "FigureKind",
                table: "IntegrityChecks");
        }
    }
}
