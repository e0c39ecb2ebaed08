using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProfilDanRencanaAksi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Alamat",
                table: "Satker",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LogoSatker",
                columns: table => new
                {
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Png = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DiubahPada = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LogoSatker", x => x.SatkerId);
                    table.ForeignKey(
                        name: "FK_LogoSatker_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Pegawai",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Golongan = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Pendidikan = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    JenisKelamin = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Jumlah = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pegawai", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pegawai_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Pejabat",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Nip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    TanpaNip = table.Column<bool>(type: "INTEGER", nullable: false),
                    Jabatan = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AtasanId = table.Column<int>(type: "INTEGER", nullable: true),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    Mulai = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Selesai = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pejabat", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pejabat_Pejabat_AtasanId",
                        column: x => x.AtasanId,
                        principalTable: "Pejabat",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Pejabat_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RencanaAksiKegiatan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    KodeIndikator = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Triwulan = table.Column<int>(type: "INTEGER", nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PenanggungJawab = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RencanaAksiKegiatan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RencanaAksiKegiatan_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Renstra",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    TahunMulai = table.Column<int>(type: "INTEGER", nullable: false),
                    TahunSelesai = table.Column<int>(type: "INTEGER", nullable: false),
                    Dasar = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Tujuan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Renstra", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Renstra_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PenetapanDokumen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Versi = table.Column<int>(type: "INTEGER", nullable: false),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Dokumen = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PenandatanganId = table.Column<int>(type: "INTEGER", nullable: true),
                    PihakKeduaId = table.Column<int>(type: "INTEGER", nullable: true),
                    Tempat = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Tanggal = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PenetapanDokumen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PenetapanDokumen_Pejabat_PenandatanganId",
                        column: x => x.PenandatanganId,
                        principalTable: "Pejabat",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PenetapanDokumen_Pejabat_PihakKeduaId",
                        column: x => x.PihakKeduaId,
                        principalTable: "Pejabat",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PenetapanDokumen_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Pegawai_SatkerId_Tahun_Golongan_Pendidikan_JenisKelamin",
                table: "Pegawai",
                columns: new[] { "SatkerId", "Tahun", "Golongan", "Pendidikan", "JenisKelamin" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pejabat_AtasanId",
                table: "Pejabat",
                column: "AtasanId");

            migrationBuilder.CreateIndex(
                name: "IX_Pejabat_SatkerId_Urutan",
                table: "Pejabat",
                columns: new[] { "SatkerId", "Urutan" });

            migrationBuilder.CreateIndex(
                name: "IX_PenetapanDokumen_PenandatanganId",
                table: "PenetapanDokumen",
                column: "PenandatanganId");

            migrationBuilder.CreateIndex(
                name: "IX_PenetapanDokumen_PihakKeduaId",
                table: "PenetapanDokumen",
                column: "PihakKeduaId");

            migrationBuilder.CreateIndex(
                name: "IX_PenetapanDokumen_SatkerId_Tahun_Dokumen",
                table: "PenetapanDokumen",
                columns: new[] { "SatkerId", "Tahun", "Dokumen" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RencanaAksiKegiatan_SatkerId_Tahun_KodeIndikator_Triwulan",
                table: "RencanaAksiKegiatan",
                columns: new[] { "SatkerId", "Tahun", "KodeIndikator", "Triwulan" });

            migrationBuilder.CreateIndex(
                name: "IX_Renstra_SatkerId_TahunMulai",
                table: "Renstra",
                columns: new[] { "SatkerId", "TahunMulai" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LogoSatker");

            migrationBuilder.DropTable(
                name: "Pegawai");

            migrationBuilder.DropTable(
                name: "PenetapanDokumen");

            migrationBuilder.DropTable(
                name: "RencanaAksiKegiatan");

            migrationBuilder.DropTable(
                name: "Renstra");

            migrationBuilder.DropTable(
                name: "Pejabat");

            migrationBuilder.DropColumn(
                name: "Alamat",
                table: "Satker");
        }
    }
}
