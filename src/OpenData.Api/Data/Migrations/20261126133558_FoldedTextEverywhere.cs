using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class FoldedTextEverywhere : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NoteFolded",
                table: "Sources",
                type: "TEXT",
                nullable: true);

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
                name: "LabelFolded",
                table: "ReportedTotals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AcronymFolded",
                table: "Programs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CodeFolded",
                table: "Programs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DescriptionFolded",
                table: "Programs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetPopulationFolded",
                table: "Programs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CodeFolded",
                table: "Periods",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameFolded",
                table: "Periods",
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
                name: "RuleFolded",
                table: "IntegrityChecks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntermediaryFolded",
                table: "Donations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QuoteFolded",
                table: "Donations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DescriptionFolded",
                table: "DonationItem",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FileNameFolded",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublisherFolded",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sha256Folded",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleFolded",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CodeFolded",
                table: "Departments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MeasureFolded",
                table: "BeneficiaryFigures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextFolded",
                table: "AchievementFigure",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnitFolded",
                table: "AchievementFigure",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NoteFolded",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "CollectionFolded",
                table: "ReportedTotals");

            migrationBuilder.DropColumn(
                name: "FieldFolded",
                table: "ReportedTotals");

            migrationBuilder.DropColumn(
                name: "LabelFolded",
                table: "ReportedTotals");

            migrationBuilder.DropColumn(
                name: "AcronymFolded",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "CodeFolded",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "DescriptionFolded",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "TargetPopulationFolded",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "CodeFolded",
                table: "Periods");

            migrationBuilder.DropColumn(
                name: "NameFolded",
                table: "Periods");

            migrationBuilder.DropColumn(
                name: "CollectionFolded",
                table: "IntegrityChecks");

            migrationBuilder.DropColumn(
                name: "FieldFolded",
                table: "IntegrityChecks");

            migrationBuilder.DropColumn(
                name: "RuleFolded",
                table: "IntegrityChecks");

            migrationBuilder.DropColumn(
                name: "IntermediaryFolded",
                table: "Donations");

            migrationBuilder.DropColumn(
                name: "QuoteFolded",
                table: "Donations");

            migrationBuilder.DropColumn(
                name: "DescriptionFolded",
                table: "DonationItem");

            migrationBuilder.DropColumn(
                name: "FileNameFolded",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "PublisherFolded",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Sha256Folded",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "TitleFolded",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "CodeFolded",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "MeasureFolded",
                table: "BeneficiaryFigures");

            migrationBuilder.DropColumn(
                name: "TextFolded",
                table: "AchievementFigure");

            migrationBuilder.DropColumn(
                name: "UnitFolded",
                table: "AchievementFigure");
        }
    }
}
