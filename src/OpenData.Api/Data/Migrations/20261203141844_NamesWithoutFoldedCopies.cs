using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class NamesWithoutFoldedCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CollectionFolded",
                table: "ReportedTotals");

            migrationBuilder.DropColumn(
                name: "FieldFolded",
                table: "ReportedTotals");

            migrationBuilder.DropColumn(
                name: "AddedFieldFolded",
                table: "IntegrityChecks");

            migrationBuilder.DropColumn(
                name: "CollectionFolded",
                table: "IntegrityChecks");

            migrationBuilder.DropColumn(
                name: "FieldFolded",
                table: "IntegrityChecks");

            migrationBuilder.DropColumn(
                name: "MeasureFolded",
                table: "BeneficiaryFigures");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CollectionFolded",
                table: "ReportedTotals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FieldFolded",
                table: "ReportedTotals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddedFieldFolded",
                table: "IntegrityChecks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CollectionFolded",
                table: "IntegrityChecks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FieldFolded",
                table: "IntegrityChecks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MeasureFolded",
                table: "BeneficiaryFigures",
                type: "TEXT",
                nullable: true);
        }
    }
}
