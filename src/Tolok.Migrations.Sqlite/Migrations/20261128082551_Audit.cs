using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Audit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JejakAudit",
                columns: table => new
                {
                    Urutan = table.Column<long>(type: "INTEGER", nullable: false),
                    Waktu = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Pengguna = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Tabel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kunci = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Aksi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Lama = table.Column<string>(type: "TEXT", nullable: true),
                    Baru = table.Column<string>(type: "TEXT", nullable: true),
                    HashSebelumnya = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JejakAudit", x => x.Urutan);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JejakAudit_Tabel_Kunci",
                table: "JejakAudit",
                columns: new[] { "Tabel", "Kunci" });

            migrationBuilder.CreateIndex(
                name: "IX_JejakAudit_Waktu",
                table: "JejakAudit",
                column: "Waktu");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JejakAudit");
        }
    }
}
