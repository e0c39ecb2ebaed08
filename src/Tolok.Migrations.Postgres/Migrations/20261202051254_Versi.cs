using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Versi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "TargetIku",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "RealisasiManual",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "Perkara",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "PelaksanaanTahapan",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "PelaksanaanLayanan",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "NarasiLaporan",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "Lhe",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "LayananInformasi",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "LaporanRb",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "LaporanKeuangan",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "InsidenTahapan",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "AnggaranKegiatan",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "DiverifikasiOleh",
                table: "AlurData",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "AlurData",
                type: "integer",
                nullable: false,
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Versi",
                table: "TargetIku");

            migrationBuilder.DropColumn(
                name: "Versi",
                table: "RealisasiManual");

            migrationBuilder.DropColumn(
                name: "Versi",
                table: "Perkara");

            migrationBuilder.DropColumn(
                name: "Versi",
                table: "PelaksanaanTahapan");

            migrationBuilder.DropColumn(
                name: "Versi",
                table: "PelaksanaanLayanan");

            migrationBuilder.DropColumn(
                name: "Versi",
                table: "NarasiLaporan");

            migrationBuilder.DropColumn(
                name: "Versi",
                table: "Lhe");

            migrationBuilder.DropColumn(
                name: "Versi",
                table: "LayananInformasi");

            migrationBuilder.DropColumn(
                name: "Versi",
                table: "LaporanRb");

            migrationBuilder.DropColumn(
                name: "Versi",
                table: "LaporanKeuangan");

            migrationBuilder.DropColumn(
                name: "Versi",
                table: "InsidenTahapan");

            migrationBuilder.DropColumn(
                name: "Versi",
                table: "AnggaranKegiatan");

            migrationBuilder.DropColumn(
                name: "DiverifikasiOleh",
                table: "AlurData");

            migrationBuilder.DropColumn(
                name: "Versi",
                table: "AlurData");
        }
    }
}
