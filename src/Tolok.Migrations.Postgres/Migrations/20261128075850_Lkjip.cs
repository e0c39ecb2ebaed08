using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Kode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Uraian = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Pagu = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Realisasi = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Iku = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KodeIndikator = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Satker = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Nilai = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Sumber = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AngkaReferensi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NarasiLaporan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Bagian = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Teks = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    DiubahPada = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DiubahOleh = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
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
