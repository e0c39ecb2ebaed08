using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BlokTanpaFk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_blok_tps_SuratSuara_surat_suara_id",
                table: "blok_tps");

            migrationBuilder.DropForeignKey(
                name: "FK_rekap_SuratSuara_surat_suara_id",
                table: "rekap");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_blok_tps_SuratSuara_surat_suara_id",
                table: "blok_tps",
                column: "surat_suara_id",
                principalTable: "SuratSuara",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_rekap_SuratSuara_surat_suara_id",
                table: "rekap",
                column: "surat_suara_id",
                principalTable: "SuratSuara",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
