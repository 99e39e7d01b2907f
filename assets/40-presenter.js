// Presenter mode keys: next (→, Page Down, space), previous (←, Page Up), full screen (f).
// Escape is left to the browser: people press it to leave full screen, not the presentation.
// Clickers send Page Up/Down. Only active while the presenter bar exists.
document.addEventListener("keydown", function (event) {
    if (!document.getElementById("presenter-control-bar")) { return; }
    const target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))) {
        return;
    }
    const keys = {
        ArrowRight: "presenter-next-link", PageDown: "presenter-next-link", " ": "presenter-next-link",
        ArrowLeft: "presenter-prev-link", PageUp: "presenter-prev-link",
        f: "presenter-fullscreen-button",
    };
    const id = keys[event.key];
    if (!id || event.altKey || event.ctrlKey || event.metaKey) { return; }
    const element = document.getElementById(id);
    if (element) {
        event.preventDefault();
        element.click();
    }
});
