using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class BudgetComputedFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ComputedModification",
                table: "BudgetLines",
                type: "INTEGER",
                nullable: false,
                computedColumnSql: "\"Current\" - \"Approved\"",
                stored: false);

            migrationBuilder.AddColumn<long>(
                name: "ComputedUnspent",
                table: "BudgetLines",
                type: "INTEGER",
                nullable: false,
                computedColumnSql: "\"Current\" - \"Executed\"",
                stored: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ComputedModification",
                table: "BudgetLines");

            migrationBuilder.DropColumn(
                name: "ComputedUnspent",
                table: "BudgetLines");
        }
    }
}
