// Progressive enhancement only: without JavaScript the menu is simply shown
// expanded. With it, small screens get a Menu button that collapses the list.
(function () {
    "use strict";
    var menu = document.querySelector("[data-menu]");
    var toggle = menu && menu.querySelector("[data-menu-toggle]");
    if (!toggle) {
        return;
    }
    var wide = window.matchMedia("(min-width: 60rem)");
    function setExpanded(expanded) {
        toggle.setAttribute("aria-expanded", String(expanded));
        menu.classList.toggle("main-menu--collapsed", !expanded);
    }
    toggle.hidden = false;
    setExpanded(wide.matches);
    toggle.addEventListener("click", function () {
        setExpanded(toggle.getAttribute("aria-expanded") !== "true");
    });
    wide.addEventListener("change", function (event) {
        setExpanded(event.matches);
    });
}());
