using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tolok.Migrations.Postgres.Migrations
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
                    Urutan = table.Column<long>(type: "bigint", nullable: false),
                    Waktu = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Pengguna = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Tabel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kunci = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Aksi = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Lama = table.Column<string>(type: "text", nullable: true),
                    Baru = table.Column<string>(type: "text", nullable: true),
                    HashSebelumnya = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
