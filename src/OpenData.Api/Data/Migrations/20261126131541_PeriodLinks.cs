using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class PeriodLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PreviousId",
                table: "WomenProgramCoverage",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PreviousId",
                table: "SocialServiceCoverage",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PreviousId",
                table: "OlderPeopleCoverage",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PreviousId",
                table: "Goals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PreviousId",
                table: "CommunityHomesCoverage",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PreviousId",
                table: "BudgetLines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WomenProgramCoverage_PreviousId",
                table: "WomenProgramCoverage",
                column: "PreviousId");

            migrationBuilder.CreateIndex(
                name: "IX_SocialServiceCoverage_PreviousId",
                table: "SocialServiceCoverage",
                column: "PreviousId");

            migrationBuilder.CreateIndex(
                name: "IX_OlderPeopleCoverage_PreviousId",
                table: "OlderPeopleCoverage",
                column: "PreviousId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_PreviousId",
                table: "Goals",
                column: "PreviousId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityHomesCoverage_PreviousId",
                table: "CommunityHomesCoverage",
                column: "PreviousId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_PreviousId",
                table: "BudgetLines",
                column: "PreviousId");

            migrationBuilder.AddForeignKey(
                name: "FK_BudgetLines_BudgetLines_PreviousId",
                table: "BudgetLines",
                column: "PreviousId",
                principalTable: "BudgetLines",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_CommunityHomesCoverage_CommunityHomesCoverage_PreviousId",
                table: "CommunityHomesCoverage",
                column: "PreviousId",
                principalTable: "CommunityHomesCoverage",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Goals_Goals_PreviousId",
                table: "Goals",
                column: "PreviousId",
                principalTable: "Goals",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_OlderPeopleCoverage_OlderPeopleCoverage_PreviousId",
                table: "OlderPeopleCoverage",
                column: "PreviousId",
                principalTable: "OlderPeopleCoverage",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_SocialServiceCoverage_SocialServiceCoverage_PreviousId",
                table: "SocialServiceCoverage",
                column: "PreviousId",
                principalTable: "SocialServiceCoverage",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_WomenProgramCoverage_WomenProgramCoverage_PreviousId",
                table: "WomenProgramCoverage",
                column: "PreviousId",
                principalTable: "WomenProgramCoverage",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_BudgetLines_BudgetLines_PreviousId",
                table: "BudgetLines");

            migrationBuilder.DropForeignKey(
                name: "FK_CommunityHomesCoverage_CommunityHomesCoverage_PreviousId",
                table: "CommunityHomesCoverage");

            migrationBuilder.DropForeignKey(
                name: "FK_Goals_Goals_PreviousId",
                table: "Goals");

            migrationBuilder.DropForeignKey(
                name: "FK_OlderPeopleCoverage_OlderPeopleCoverage_PreviousId",
                table: "OlderPeopleCoverage");

            migrationBuilder.DropForeignKey(
                name: "FK_SocialServiceCoverage_SocialServiceCoverage_PreviousId",
                table: "SocialServiceCoverage");

            migrationBuilder.DropForeignKey(
                name: "FK_WomenProgramCoverage_WomenProgramCoverage_PreviousId",
                table: "WomenProgramCoverage");

            migrationBuilder.DropIndex(
                name: "IX_WomenProgramCoverage_PreviousId",
                table: "WomenProgramCoverage");

            migrationBuilder.DropIndex(
                name: "IX_SocialServiceCoverage_PreviousId",
                table: "SocialServiceCoverage");

            migrationBuilder.DropIndex(
                name: "IX_OlderPeopleCoverage_PreviousId",
                table: "OlderPeopleCoverage");

            migrationBuilder.DropIndex(
                name: "IX_Goals_PreviousId",
                table: "Goals");

            migrationBuilder.DropIndex(
                name: "IX_CommunityHomesCoverage_PreviousId",
                table: "CommunityHomesCoverage");

            migrationBuilder.DropIndex(
                name: "IX_BudgetLines_PreviousId",
                table: "BudgetLines");

            migrationBuilder.DropColumn(
                name: "PreviousId",
                table: "WomenProgramCoverage");

            migrationBuilder.DropColumn(
                name: "PreviousId",
                table: "SocialServiceCoverage");

            migrationBuilder.DropColumn(
                name: "PreviousId",
                table: "OlderPeopleCoverage");

            migrationBuilder.DropColumn(
                name: "PreviousId",
                table: "Goals");

            migrationBuilder.DropColumn(
                name: "PreviousId",
                table: "CommunityHomesCoverage");

            migrationBuilder.DropColumn(
                name: "PreviousId",
                table: "BudgetLines");
        }
    }
}
