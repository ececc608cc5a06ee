using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concert.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Pooling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HypotheticalPledgeJson",
                table: "PoolingPlans");

            migrationBuilder.AddColumn<string>(
                name: "HypotheticalPledgesJson",
                table: "PoolingPlans",
                type: "text",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HypotheticalPledgesJson",
                table: "PoolingPlans");

            migrationBuilder.AddColumn<string>(
                name: "HypotheticalPledgeJson",
                table: "PoolingPlans",
                type: "text",
                nullable: true);
        }
    }
}
