/* Galleries open larger (progressive enhancement).
 *
 * Without JavaScript every gallery picture is a link to its large rendition. This
 * script opens that rendition in a modal <dialog> instead: the browser traps focus in
 * it, Escape closes it, and focus returns to the picture that opened it. One dialog
 * serves every gallery of the page; the script may be linked by several galleries and
 * starts only once.
 */
(function () {
    "use strict";
    if (window.portalLightbox || typeof HTMLDialogElement !== "function") {
        return;
    }
    window.portalLightbox = true;

    var dialog = null;
    var opener = null;

    function build(gallery) {
        dialog = document.createElement("dialog");
        dialog.className = "lightbox";
        dialog.setAttribute("aria-label", gallery.getAttribute("data-lightbox-label") || "");

        var close = document.createElement("button");
        close.type = "button";
        close.className = "lightbox__close";
        close.textContent = gallery.getAttribute("data-lightbox-close") || "×";
        close.addEventListener("click", function () { dialog.close(); });

        var figure = document.createElement("figure");
        figure.className = "lightbox__figure";
        var image = document.createElement("img");
        image.className = "lightbox__image";
        var caption = document.createElement("figcaption");
        caption.className = "lightbox__caption";
        figure.appendChild(image);
        figure.appendChild(caption);

        dialog.appendChild(close);
        dialog.appendChild(figure);
        // A click on the backdrop (the dialog itself, outside its content) closes it.
        dialog.addEventListener("click", function (event) {
            if (event.target === dialog) { dialog.close(); }
        });
        dialog.addEventListener("close", function () {
            if (opener) { opener.focus(); }
            opener = null;
        });
        document.body.appendChild(dialog);
    }

    function open(link) {
        var gallery = link.closest("[data-lightbox-gallery]");
        if (!dialog) { build(gallery); }
        var thumbnail = link.querySelector("img");
        var image = dialog.querySelector(".lightbox__image");
        image.src = link.href;
        image.alt = thumbnail ? thumbnail.alt : "";
        image.width = Number(link.getAttribute("data-lightbox-width")) || 0;
        image.height = Number(link.getAttribute("data-lightbox-height")) || 0;
        var figcaption = link.closest("figure").querySelector(".block-image__caption");
        var caption = dialog.querySelector(".lightbox__caption");
        caption.textContent = figcaption ? figcaption.textContent.replace(/\s+/g, " ").trim() : "";
        caption.hidden = !caption.textContent;
        opener = link;
        dialog.showModal();
        dialog.querySelector(".lightbox__close").focus();
    }

    document.addEventListener("click", function (event) {
        if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey ||
                event.shiftKey || event.altKey) {
            return;  // a new tab or window: leave it to the browser
        }
        var link = event.target.closest && event.target.closest("a[data-lightbox]");
        if (!link) { return; }
        event.preventDefault();
        open(link);
    });
}());
