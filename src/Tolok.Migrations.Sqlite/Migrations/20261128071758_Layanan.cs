using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Layanan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LayananInformasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LayananInformasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LayananInformasi_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PelaksanaanLayanan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LayananInformasiId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kanal = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    JenisPemohon = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Perihal = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    WaktuResponsJam = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    Terpenuhi = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PelaksanaanLayanan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PelaksanaanLayanan_LayananInformasi_LayananInformasiId",
                        column: x => x.LayananInformasiId,
                        principalTable: "LayananInformasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LayananInformasi_SatkerId_Tahun_Nama",
                table: "LayananInformasi",
                columns: new[] { "SatkerId", "Tahun", "Nama" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PelaksanaanLayanan_LayananInformasiId",
                table: "PelaksanaanLayanan",
                column: "LayananInformasiId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PelaksanaanLayanan");

            migrationBuilder.DropTable(
                name: "LayananInformasi");
        }
    }
}
