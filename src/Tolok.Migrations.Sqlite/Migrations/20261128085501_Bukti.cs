using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Bukti : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BuktiDukung",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Kunci = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NamaBerkas = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    TipeKonten = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Ukuran = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DiunggahOleh = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DiunggahPada = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuktiDukung", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuktiDukung_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BuktiDukung_SatkerId_Jenis_Kunci",
                table: "BuktiDukung",
                columns: new[] { "SatkerId", "Jenis", "Kunci" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BuktiDukung");
        }
    }
}
