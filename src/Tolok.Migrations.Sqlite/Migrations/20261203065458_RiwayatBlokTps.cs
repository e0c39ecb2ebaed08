using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RiwayatBlokTps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "riwayat_blok_tps",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    surat_suara_id = table.Column<int>(type: "INTEGER", nullable: false),
                    kode = table.Column<long>(type: "INTEGER", nullable: false),
                    isi = table.Column<byte[]>(type: "BLOB", nullable: false),
                    jumlah_entri = table.Column<int>(type: "INTEGER", nullable: false),
                    impor_id = table.Column<int>(type: "INTEGER", nullable: true),
                    diubah_pada = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_riwayat_blok_tps", x => x.id);
                    table.ForeignKey(
                        name: "FK_riwayat_blok_tps_SuratSuara_surat_suara_id",
                        column: x => x.surat_suara_id,
                        principalTable: "SuratSuara",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_riwayat_blok_tps_surat_suara_id_kode",
                table: "riwayat_blok_tps",
                columns: new[] { "surat_suara_id", "kode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "riwayat_blok_tps");
        }
    }
}
