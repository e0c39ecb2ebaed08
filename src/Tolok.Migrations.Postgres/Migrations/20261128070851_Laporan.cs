using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    TahunAnggaran = table.Column<int>(type: "integer", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Pemeriksa = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Hasil = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    TanggalHasil = table.Column<DateOnly>(type: "date", nullable: true),
                    SesuaiSap = table.Column<bool>(type: "boolean", nullable: true),
                    TanggalDisampaikan = table.Column<DateOnly>(type: "date", nullable: true),
                    BatasWaktu = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SatkerId = table.Column<int>(type: "integer", nullable: false),
                    Nama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PeriodeDari = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodeSampai = table.Column<DateOnly>(type: "date", nullable: false),
                    JatuhTempo = table.Column<DateOnly>(type: "date", nullable: false),
                    TanggalDisampaikan = table.Column<DateOnly>(type: "date", nullable: true),
                    Bukti = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
