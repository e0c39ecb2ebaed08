using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RealisasiManual : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RealisasiManual",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Periode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    KodeIndikator = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Nilai = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Kategori = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Justifikasi = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Bukti = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DicatatPada = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DicatatOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RealisasiManual", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RealisasiManual_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RealisasiManual_SatkerId_Tahun_Periode_KodeIndikator",
                table: "RealisasiManual",
                columns: new[] { "SatkerId", "Tahun", "Periode", "KodeIndikator" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RealisasiManual");
        }
    }
}
