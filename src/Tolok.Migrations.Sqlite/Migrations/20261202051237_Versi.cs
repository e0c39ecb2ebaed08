using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "RealisasiManual",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "Perkara",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "PelaksanaanTahapan",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "PelaksanaanLayanan",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "NarasiLaporan",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "Lhe",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "LayananInformasi",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "LaporanRb",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "LaporanKeuangan",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "InsidenTahapan",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "AnggaranKegiatan",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "DiverifikasiOleh",
                table: "AlurData",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Versi",
                table: "AlurData",
                type: "INTEGER",
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
