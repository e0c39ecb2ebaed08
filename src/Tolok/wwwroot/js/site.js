// Pickers submit themselves when a choice is made with the mouse or touch. A choice made with the keyboard (arrow
// keys move through the options) waits for Enter or the button, so that the page does not change under the user's
// fingers (WCAG 3.2.2).
document.querySelectorAll("[data-kirim-otomatis]").forEach(function (el) {
    var keyboard = false;
    el.addEventListener("keydown", function (e) {
        if (e.key === "Enter") { keyboard = false; el.form.submit(); return; }
        keyboard = true;
    });
    el.addEventListener("mousedown", function () { keyboard = false; });
    el.addEventListener("pointerdown", function () { keyboard = false; });
    el.addEventListener("change", function () { if (!keyboard) { el.form.submit(); } });
});
// Buttons that ask before doing something destructive.
document.querySelectorAll("[data-konfirmasi]").forEach(function (el) {
    el.addEventListener("click", function (e) {
        if (!window.confirm(el.getAttribute("data-konfirmasi"))) { e.preventDefault(); }
    });
});
// After a refused save the list of reasons is brought into view and focused (on a phone it would otherwise sit far
// below the top of the page, out of sight).
(function () {
    var galat = document.querySelector(".galat-ringkas");
    if (galat) {
        galat.scrollIntoView({ block: "start" });
        galat.focus({ preventScroll: true });
    }
})();

// The satker chooser: suggestions by code or part of the name, fetched as the user types (never the whole list).
document.querySelectorAll("[data-cari-satker]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = 0, last = "";
    input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
            var q = input.value.trim();
            if (q === last || q.length < 2) { return; }
            last = q;
            fetch("/api/v1/satker/cari?q=" + encodeURIComponent(q), { headers: { "Accept": "application/json" } })
                .then(function (r) { return r.ok ? r.json() : []; })
                .then(function (rows) {
                    list.replaceChildren.apply(list, rows.map(function (s) {
                        var o = document.createElement("option");
                        o.value = s.kode;
                        o.label = s.nama;
                        o.textContent = s.nama;
                        return o;
                    }));
                })
                .catch(function () { });
        }, 200);
    });
});
