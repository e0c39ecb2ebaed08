using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Partisipasi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AturanValidasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kiri = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Operator = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Kanan = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Tingkat = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Keterangan = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Aktif = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanValidasi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pemilihan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pemilihan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SumberPartisipasiIku",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Satker = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    KodeIndikator = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Ukuran = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Penyebut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Pemilihan = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SuratSuara = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Utama = table.Column<bool>(type: "INTEGER", nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SumberPartisipasiIku", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImporTps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PemilihanId = table.Column<int>(type: "INTEGER", nullable: false),
                    SuratSuara = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Satker = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Berkas = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Oleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Waktu = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Baru = table.Column<int>(type: "INTEGER", nullable: false),
                    Diganti = table.Column<int>(type: "INTEGER", nullable: false),
                    Ditolak = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImporTps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImporTps_Pemilihan_PemilihanId",
                        column: x => x.PemilihanId,
                        principalTable: "Pemilihan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuratSuara",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PemilihanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuratSuara", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuratSuara_Pemilihan_PemilihanId",
                        column: x => x.PemilihanId,
                        principalTable: "Pemilihan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "blok_tps",
                columns: table => new
                {
                    surat_suara_id = table.Column<int>(type: "INTEGER", nullable: false),
                    kode = table.Column<long>(type: "INTEGER", nullable: false),
                    rekap = table.Column<bool>(type: "INTEGER", nullable: false),
                    isi = table.Column<byte[]>(type: "BLOB", nullable: false),
                    jumlah_entri = table.Column<int>(type: "INTEGER", nullable: false),
                    jumlah_bermasalah = table.Column<int>(type: "INTEGER", nullable: false),
                    impor_id = table.Column<int>(type: "INTEGER", nullable: true),
                    diubah_pada = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_blok_tps", x => new { x.surat_suara_id, x.kode });
                    table.ForeignKey(
                        name: "FK_blok_tps_SuratSuara_surat_suara_id",
                        column: x => x.surat_suara_id,
                        principalTable: "SuratSuara",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rekap",
                columns: table => new
                {
                    surat_suara_id = table.Column<int>(type: "INTEGER", nullable: false),
                    kode = table.Column<long>(type: "INTEGER", nullable: false),
                    semua = table.Column<byte[]>(type: "BLOB", nullable: false),
                    hanya_valid = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rekap", x => new { x.surat_suara_id, x.kode });
                    table.ForeignKey(
                        name: "FK_rekap_SuratSuara_surat_suara_id",
                        column: x => x.surat_suara_id,
                        principalTable: "SuratSuara",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "riwayat_data_tps",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    surat_suara_id = table.Column<int>(type: "INTEGER", nullable: false),
                    kode = table.Column<long>(type: "INTEGER", nullable: false),
                    nilai = table.Column<byte[]>(type: "BLOB", nullable: false),
                    status = table.Column<byte>(type: "INTEGER", nullable: false),
                    pelanggaran = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    impor_id = table.Column<int>(type: "INTEGER", nullable: true),
                    diubah_pada = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_riwayat_data_tps", x => x.id);
                    table.ForeignKey(
                        name: "FK_riwayat_data_tps_SuratSuara_surat_suara_id",
                        column: x => x.surat_suara_id,
                        principalTable: "SuratSuara",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AturanValidasi_Kode",
                table: "AturanValidasi",
                column: "Kode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImporTps_PemilihanId",
                table: "ImporTps",
                column: "PemilihanId");

            migrationBuilder.CreateIndex(
                name: "IX_Pemilihan_Slug",
                table: "Pemilihan",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_riwayat_data_tps_surat_suara_id_kode",
                table: "riwayat_data_tps",
                columns: new[] { "surat_suara_id", "kode" });

            migrationBuilder.CreateIndex(
                name: "IX_SumberPartisipasiIku_Satker_Tahun_KodeIndikator_Pemilihan_SuratSuara",
                table: "SumberPartisipasiIku",
                columns: new[] { "Satker", "Tahun", "KodeIndikator", "Pemilihan", "SuratSuara" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SuratSuara_PemilihanId_Kode",
                table: "SuratSuara",
                columns: new[] { "PemilihanId", "Kode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AturanValidasi");

            migrationBuilder.DropTable(
                name: "blok_tps");

            migrationBuilder.DropTable(
                name: "ImporTps");

            migrationBuilder.DropTable(
                name: "rekap");

            migrationBuilder.DropTable(
                name: "riwayat_data_tps");

            migrationBuilder.DropTable(
                name: "SumberPartisipasiIku");

            migrationBuilder.DropTable(
                name: "SuratSuara");

            migrationBuilder.DropTable(
                name: "Pemilihan");
        }
    }
}
