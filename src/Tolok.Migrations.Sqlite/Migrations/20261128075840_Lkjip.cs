using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Lkjip : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnggaranKegiatan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Pagu = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Realisasi = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Iku = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnggaranKegiatan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnggaranKegiatan_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AngkaReferensi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KodeIndikator = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Satker = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Nilai = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Sumber = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AngkaReferensi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NarasiLaporan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Bagian = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Teks = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    DiubahPada = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DiubahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NarasiLaporan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NarasiLaporan_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnggaranKegiatan_SatkerId_Tahun_Kode",
                table: "AnggaranKegiatan",
                columns: new[] { "SatkerId", "Tahun", "Kode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AngkaReferensi_KodeIndikator_Tahun_Jenis_Satker",
                table: "AngkaReferensi",
                columns: new[] { "KodeIndikator", "Tahun", "Jenis", "Satker" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NarasiLaporan_SatkerId_Tahun_Bagian",
                table: "NarasiLaporan",
                columns: new[] { "SatkerId", "Tahun", "Bagian" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnggaranKegiatan");

            migrationBuilder.DropTable(
                name: "AngkaReferensi");

            migrationBuilder.DropTable(
                name: "NarasiLaporan");
        }
    }
}
