using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Concert.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PoolingNations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Updated",
                table: "PoolingFunds",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Funds pledged before this migration were never changed: last changed when written.
            migrationBuilder.Sql("UPDATE \"PoolingFunds\" SET \"Updated\" = \"Created\";");

            migrationBuilder.CreateTable(
                name: "PoolingNations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LabelId = table.Column<long>(type: "bigint", nullable: false),
                    Nation = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    DefenceSpendingUsdBillions = table.Column<double>(type: "double precision", nullable: false),
                    DefenceSpendingSource = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    GniUsdBillions = table.Column<double>(type: "double precision", nullable: false),
                    GniSource = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Created = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Updated = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Author = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoolingNations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoolingNations_Labels_LabelId",
                        column: x => x.LabelId,
                        principalTable: "Labels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PoolingNations_LabelId_Id",
                table: "PoolingNations",
                columns: new[] { "LabelId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PoolingNations");

            migrationBuilder.DropColumn(
                name: "Updated",
                table: "PoolingFunds");
        }
    }
}
