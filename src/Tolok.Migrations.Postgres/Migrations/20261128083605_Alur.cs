using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Alur : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AlurData",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Kunci = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DiajukanOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Cuplikan = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    DiubahPada = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlurData", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlurData_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiwayatAlur",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AlurDataId = table.Column<int>(type: "integer", nullable: false),
                    Dari = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Ke = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Oleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Pada = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiwayatAlur", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiwayatAlur_AlurData_AlurDataId",
                        column: x => x.AlurDataId,
                        principalTable: "AlurData",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlurData_Jenis_Status",
                table: "AlurData",
                columns: new[] { "Jenis", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_AlurData_SatkerId_Jenis_Kunci",
                table: "AlurData",
                columns: new[] { "SatkerId", "Jenis", "Kunci" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiwayatAlur_AlurDataId",
                table: "RiwayatAlur",
                column: "AlurDataId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RiwayatAlur");

            migrationBuilder.DropTable(
                name: "AlurData");
        }
    }
}
