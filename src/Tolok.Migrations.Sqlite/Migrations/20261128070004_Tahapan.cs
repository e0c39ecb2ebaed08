using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Tahapan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DefinisiUkuran",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Satker = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: true),
                    KodeIndikator = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Register = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Parameter = table.Column<int>(type: "INTEGER", nullable: true),
                    Uraian = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DefinisiUkuran", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tahapan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PemilihanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nomor = table.Column<int>(type: "INTEGER", nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    JadwalMulai = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JadwalSelesai = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tahapan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tahapan_Pemilihan_PemilihanId",
                        column: x => x.PemilihanId,
                        principalTable: "Pemilihan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PelaksanaanTahapan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    TahapanId = table.Column<int>(type: "INTEGER", nullable: false),
                    RealisasiMulai = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RealisasiSelesai = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SesuaiKetentuan = table.Column<bool>(type: "INTEGER", nullable: true),
                    Catatan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PelaksanaanTahapan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PelaksanaanTahapan_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PelaksanaanTahapan_Tahapan_TahapanId",
                        column: x => x.TahapanId,
                        principalTable: "Tahapan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InsidenTahapan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PelaksanaanTahapanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Tempat = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Keparahan = table.Column<int>(type: "INTEGER", nullable: false),
                    Ditangani = table.Column<bool>(type: "INTEGER", nullable: false),
                    Keterangan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsidenTahapan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InsidenTahapan_PelaksanaanTahapan_PelaksanaanTahapanId",
                        column: x => x.PelaksanaanTahapanId,
                        principalTable: "PelaksanaanTahapan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InsidenTahapan_PelaksanaanTahapanId",
                table: "InsidenTahapan",
                column: "PelaksanaanTahapanId");

            migrationBuilder.CreateIndex(
                name: "IX_PelaksanaanTahapan_SatkerId_TahapanId",
                table: "PelaksanaanTahapan",
                columns: new[] { "SatkerId", "TahapanId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PelaksanaanTahapan_TahapanId",
                table: "PelaksanaanTahapan",
                column: "TahapanId");

            migrationBuilder.CreateIndex(
                name: "IX_Tahapan_PemilihanId_Nomor",
                table: "Tahapan",
                columns: new[] { "PemilihanId", "Nomor" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DefinisiUkuran");

            migrationBuilder.DropTable(
                name: "InsidenTahapan");

            migrationBuilder.DropTable(
                name: "PelaksanaanTahapan");

            migrationBuilder.DropTable(
                name: "Tahapan");
        }
    }
}
