using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Kinerja : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PeringkatKategori",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Skala = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Peringkat = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeringkatKategori", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SkalaCapaian",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Bawah = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    BawahInklusif = table.Column<bool>(type: "INTEGER", nullable: false),
                    Atas = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    AtasInklusif = table.Column<bool>(type: "INTEGER", nullable: false),
                    Warna = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkalaCapaian", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TargetIku",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    KodeIndikator = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Tahunan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Tw1 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Tw2 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Tw3 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Tw4 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Baseline = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Renstra = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Kategori = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DiubahPada = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetIku", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetIku_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PeringkatKategori_Skala_Label",
                table: "PeringkatKategori",
                columns: new[] { "Skala", "Label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TargetIku_SatkerId_Tahun_KodeIndikator",
                table: "TargetIku",
                columns: new[] { "SatkerId", "Tahun", "KodeIndikator" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeringkatKategori");

            migrationBuilder.DropTable(
                name: "SkalaCapaian");

            migrationBuilder.DropTable(
                name: "TargetIku");
        }
    }
}
