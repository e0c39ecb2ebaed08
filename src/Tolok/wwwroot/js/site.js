// Pickers submit themselves when changed (the button stays for browsers without script).
document.querySelectorAll("[data-kirim-otomatis]").forEach(function (el) {
    el.addEventListener("change", function () { el.form.submit(); });
});
// Buttons that ask before doing something destructive.
document.querySelectorAll("[data-konfirmasi]").forEach(function (el) {
    el.addEventListener("click", function (e) {
        if (!window.confirm(el.getAttribute("data-konfirmasi"))) { e.preventDefault(); }
    });
});
