// Progressive enhancement only. The menu panel is a popover (base.html): the browser
// opens and closes it without JavaScript, and on phones it is closed from the first
// paint. This script adds two things: the Menu button states aria-expanded in the DOM
// too, and a panel left open on a phone closes when the window widens to the menu bar.
(function () {
    "use strict";
    var panel = document.querySelector("[data-menu]");
    var toggle = document.querySelector("[data-menu-toggle]");
    if (!panel || !toggle || typeof panel.hidePopover !== "function") {
        return;
    }
    function isOpen() {
        return panel.matches(":popover-open");
    }
    function sync() {
        toggle.setAttribute("aria-expanded", String(isOpen()));
    }
    panel.addEventListener("toggle", sync);
    sync();
    window.matchMedia("(min-width: 60rem)").addEventListener("change", function (event) {
        if (event.matches && isOpen()) {
            panel.hidePopover();
        }
    });
}());
