using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
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
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LogoSatker",
                columns: table => new
                {
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    Png = table.Column<byte[]>(type: "bytea", nullable: false),
                    DiubahPada = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Golongan = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Pendidikan = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    JenisKelamin = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    Jumlah = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Nip = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    TanpaNip = table.Column<bool>(type: "boolean", nullable: false),
                    Jabatan = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AtasanId = table.Column<int>(type: "integer", nullable: true),
                    Urutan = table.Column<int>(type: "integer", nullable: false),
                    Mulai = table.Column<DateOnly>(type: "date", nullable: true),
                    Selesai = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    KodeIndikator = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Triwulan = table.Column<int>(type: "integer", nullable: false),
                    Uraian = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PenanggungJawab = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    TahunMulai = table.Column<int>(type: "integer", nullable: false),
                    TahunSelesai = table.Column<int>(type: "integer", nullable: false),
                    Dasar = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Tujuan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Versi = table.Column<int>(type: "integer", nullable: false),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Dokumen = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PenandatanganId = table.Column<int>(type: "integer", nullable: true),
                    PihakKeduaId = table.Column<int>(type: "integer", nullable: true),
                    Tempat = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: true)
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
