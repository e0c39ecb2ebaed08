using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Laporan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LaporanKeuangan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    TahunAnggaran = table.Column<int>(type: "INTEGER", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Pemeriksa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Hasil = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    TanggalHasil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SesuaiSap = table.Column<bool>(type: "INTEGER", nullable: true),
                    TanggalDisampaikan = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BatasWaktu = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LaporanKeuangan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LaporanKeuangan_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LaporanRb",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PeriodeDari = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodeSampai = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JatuhTempo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TanggalDisampaikan = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Bukti = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LaporanRb", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LaporanRb_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LaporanKeuangan_SatkerId",
                table: "LaporanKeuangan",
                column: "SatkerId");

            migrationBuilder.CreateIndex(
                name: "IX_LaporanRb_SatkerId",
                table: "LaporanRb",
                column: "SatkerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LaporanKeuangan");

            migrationBuilder.DropTable(
                name: "LaporanRb");
        }
    }
}
