using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Concert.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Pooling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PoolingFunds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LabelId = table.Column<long>(type: "bigint", nullable: false),
                    Nation = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ProjectCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Created = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Author = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoolingFunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoolingFunds_Labels_LabelId",
                        column: x => x.LabelId,
                        principalTable: "Labels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PoolingPlans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LabelId = table.Column<long>(type: "bigint", nullable: false),
                    Created = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Author = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BasePlanId = table.Column<long>(type: "bigint", nullable: true),
                    WhatIf = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Objective = table.Column<long>(type: "bigint", nullable: false),
                    BestBound = table.Column<double>(type: "double precision", nullable: true),
                    RelativeGap = table.Column<double>(type: "double precision", nullable: true),
                    AssetCost = table.Column<long>(type: "bigint", nullable: false),
                    ShortfallPenalty = table.Column<long>(type: "bigint", nullable: false),
                    ShortfallPrice = table.Column<long>(type: "bigint", nullable: false),
                    Coverage = table.Column<double>(type: "double precision", nullable: false),
                    HorizonWeeks = table.Column<int>(type: "integer", nullable: false),
                    TimeLimitSeconds = table.Column<double>(type: "double precision", nullable: false),
                    SolveMilliseconds = table.Column<long>(type: "bigint", nullable: false),
                    PledgeIdsJson = table.Column<string>(type: "text", nullable: false),
                    FundsIdsJson = table.Column<string>(type: "text", nullable: false),
                    ProjectIdsJson = table.Column<string>(type: "text", nullable: false),
                    HypotheticalPledgesJson = table.Column<string>(type: "text", nullable: false),
                    AssignmentsJson = table.Column<string>(type: "text", nullable: false),
                    ShortfallsJson = table.Column<string>(type: "text", nullable: false),
                    CostByNationJson = table.Column<string>(type: "text", nullable: false),
                    ExplanationJson = table.Column<string>(type: "text", nullable: false),
                    CostSharesJson = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoolingPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoolingPlans_Labels_LabelId",
                        column: x => x.LabelId,
                        principalTable: "Labels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PoolingPledges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LabelId = table.Column<long>(type: "bigint", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Nation = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    AssetType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Capabilities = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    FirstWeek = table.Column<int>(type: "integer", nullable: false),
                    LastWeek = table.Column<int>(type: "integer", nullable: false),
                    CostPerDay = table.Column<int>(type: "integer", nullable: false),
                    HomePort = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TransitDaysJson = table.Column<string>(type: "text", nullable: false),
                    ExcludedAreasJson = table.Column<string>(type: "text", nullable: false),
                    ExcludedTasks = table.Column<int>(type: "integer", nullable: false),
                    Created = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Updated = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Author = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoolingPledges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoolingPledges_Labels_LabelId",
                        column: x => x.LabelId,
                        principalTable: "Labels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PoolingProjects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LabelId = table.Column<long>(type: "bigint", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AreasJson = table.Column<string>(type: "text", nullable: false),
                    RequirementsJson = table.Column<string>(type: "text", nullable: false),
                    RotationMaxWeeksOnStation = table.Column<int>(type: "integer", nullable: false),
                    RotationRestWeeks = table.Column<int>(type: "integer", nullable: false),
                    BudgetCapsJson = table.Column<string>(type: "text", nullable: false),
                    Created = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Updated = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Author = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoolingProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoolingProjects_Labels_LabelId",
                        column: x => x.LabelId,
                        principalTable: "Labels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PoolingFunds_LabelId_Id",
                table: "PoolingFunds",
                columns: new[] { "LabelId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PoolingPlans_LabelId_Id",
                table: "PoolingPlans",
                columns: new[] { "LabelId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PoolingPledges_LabelId_Id",
                table: "PoolingPledges",
                columns: new[] { "LabelId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PoolingProjects_LabelId_Id",
                table: "PoolingProjects",
                columns: new[] { "LabelId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PoolingFunds");

            migrationBuilder.DropTable(
                name: "PoolingPlans");

            migrationBuilder.DropTable(
                name: "PoolingPledges");

            migrationBuilder.DropTable(
                name: "PoolingProjects");
        }
    }
}
