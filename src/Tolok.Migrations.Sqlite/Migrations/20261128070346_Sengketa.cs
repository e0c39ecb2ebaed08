using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Sengketa : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AturanMenang",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Putusan = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PeranKpu = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Menang = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AturanMenang", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Perkara",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SatkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Forum = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NomorPerkara = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Pihak = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PeranKpu = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Pokok = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TanggalRegistrasi = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TanggalPutusan = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Putusan = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Catatan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Perkara", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Perkara_Satker_SatkerId",
                        column: x => x.SatkerId,
                        principalTable: "Satker",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AturanMenang_Putusan_PeranKpu",
                table: "AturanMenang",
                columns: new[] { "Putusan", "PeranKpu" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Perkara_SatkerId_Forum_NomorPerkara",
                table: "Perkara",
                columns: new[] { "SatkerId", "Forum", "NomorPerkara" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AturanMenang");

            migrationBuilder.DropTable(
                name: "Perkara");
        }
    }
}
