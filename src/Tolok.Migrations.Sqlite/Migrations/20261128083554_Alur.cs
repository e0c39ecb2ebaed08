using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Kunci = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DiajukanOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Cuplikan = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    DiubahPada = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AlurDataId = table.Column<int>(type: "INTEGER", nullable: false),
                    Dari = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Ke = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Oleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Pada = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Catatan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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
