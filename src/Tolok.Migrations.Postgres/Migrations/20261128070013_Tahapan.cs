using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Satker = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Tahun = table.Column<int>(type: "integer", nullable: true),
                    KodeIndikator = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Register = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Parameter = table.Column<int>(type: "integer", nullable: true),
                    Uraian = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DefinisiUkuran", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tahapan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PemilihanId = table.Column<int>(type: "integer", nullable: false),
                    Nomor = table.Column<int>(type: "integer", nullable: false),
                    Nama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    JadwalMulai = table.Column<DateOnly>(type: "date", nullable: false),
                    JadwalSelesai = table.Column<DateOnly>(type: "date", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    TahapanId = table.Column<int>(type: "integer", nullable: false),
                    RealisasiMulai = table.Column<DateOnly>(type: "date", nullable: true),
                    RealisasiSelesai = table.Column<DateOnly>(type: "date", nullable: true),
                    SesuaiKetentuan = table.Column<bool>(type: "boolean", nullable: true),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PelaksanaanTahapanId = table.Column<int>(type: "integer", nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: false),
                    Tempat = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Jenis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Keparahan = table.Column<int>(type: "integer", nullable: false),
                    Ditangani = table.Column<bool>(type: "boolean", nullable: false),
                    Keterangan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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
