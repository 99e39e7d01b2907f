/* The view survives the language switch, and answers are not lost unnoticed.
 *
 * - The navigation's links keep the language and "Mijn organisatie" (`org`) of the address.
 * - The language link (#shell-lang-link) is rendered with the page's path only; at click time
 *   it takes every parameter of the current address (the page state, after Back/Forward too)
 *   and switches only `lang`.
 * - On /benchmark the answers live in the form, never in the address. The language switch
 *   goes to the page's own share link (the one "Kopieer link" copies, answers included), so
 *   the form opens filled in the other language; leaving the page otherwise with answers
 *   given asks first (an in-app confirm for links, the browser's own for reload/close).
 */
(function () {
  "use strict";

  function answered() {
    return document.querySelectorAll(".benchmark-likert input[type=radio]:checked").length;
  }

  function withLang(url, lang) {
    const target = new URL(url, window.location.href);
    if (lang === "nl") { target.searchParams.delete("lang"); }
    else { target.searchParams.set("lang", lang); }
    const query = target.searchParams.toString().replace(/%2C/g, ",");
    return target.pathname + (query ? "?" + query : "");
  }

  let leaving = false;  // an intended navigation (language switch): no warning

  function pathAndQuery(target) {
    const query = target.searchParams.toString().replace(/%2C/g, ",");
    return target.pathname + (query ? "?" + query : "");
  }

  /* "Mijn organisatie" (components/organisation.py, callbacks/router.py). */
  window.iboViewState = {
    // the current view with `org` set (or removed when ""); on /benchmark with answers the
    // view of its share link (answers kept), without the page's own profile parameters
    // (data-org-replaces) so that the page starts from the new organisation
    withOrg: function (org) {
      const share = document.getElementById("benchmark-share-link-input");
      const source = share && answered() && share.value ? share.value : window.location.href;
      const target = new URL(source, window.location.href);
      const page = document.querySelector("[data-org-replaces]");
      if (page) {
        page.dataset.orgReplaces.split(",").forEach(function (key) {
          target.searchParams.delete(key);
        });
      }
      if (org) { target.searchParams.set("org", org); } else { target.searchParams.delete("org"); }
      return pathAndQuery(target);
    },
    go: function (target) {
      leaving = true;
      window.location.assign(target);
    },
    // a remembered organisation for an address without one: the page again, with it
    remembered: function (org) {
      const here = new URL(window.location.href);
      if (here.searchParams.has("org") || !document.getElementById("shell-org-toggle-button")) {
        return;
      }
      here.searchParams.set("org", org);
      leaving = true;
      window.location.replace(pathAndQuery(here));
    },
  };

  document.addEventListener("click", function (event) {
    const link = event.target.closest && event.target.closest("a[href]");
    if (!link || event.defaultPrevented || event.button !== 0) { return; }
    if (link.id === "shell-lang-link") {
      const lang = link.getAttribute("lang") === "en" ? "en" : "nl";
      const share = document.getElementById("benchmark-share-link-input");
      const source = share && answered() && share.value ? share.value : window.location.href;
      link.setAttribute("href", withLang(source, lang));
      leaving = true;
      return;
    }
    const page = document.querySelector(".benchmark-page");
    const target = new URL(link.href, window.location.href);
    if (page && answered() && target.origin === window.location.origin
        && target.pathname !== window.location.pathname) {
      if (!window.confirm(page.dataset.leaveWarning || "")) {
        event.preventDefault();
        event.stopPropagation();  // before Dash's router link handler
        return;
      }
      leaving = true;  // a full page load ends here; an in-app one comes back below
      setTimeout(function () { leaving = false; }, 2000);
    }
    if (link.classList.contains("ibo-nav-page")) {
      // The navigation's links carry the language and the organisation of the address now on
      // screen (which may differ from when they were drawn: Back / Forward). dbc's NavLink
      // routes with the href it was drawn with, so a changed one is routed here instead.
      const here = new URL(window.location.href);
      ["lang", "org"].forEach(function (key) {
        if (here.searchParams.has(key)) { target.searchParams.set(key, here.searchParams.get(key)); }
        else { target.searchParams.delete(key); }
      });
      const href = pathAndQuery(target);
      if (href !== link.getAttribute("href")) {
        event.preventDefault();
        event.stopPropagation();
        window.history.pushState({}, "", href);
        window.dispatchEvent(new CustomEvent("_dashprivate_pushstate"));
        window.scrollTo(0, 0);
      }
    }
  }, true);

  window.addEventListener("beforeunload", function (event) {
    if (leaving || !document.querySelector(".benchmark-page") || !answered()) { return; }
    event.preventDefault();
    event.returnValue = "";
  });
})();

/* A browser title per page: "<page> – <dashboard>", from the highlighted navigation item (or
 * the page's heading: the 404 page, presenter steps), kept up to date as the router renders. */
(function () {
  "use strict";

  const base = document.title;

  function update() {
    const active = document.querySelector("#shell-nav-bar .nav-link.active");
    const heading = document.querySelector("#main-content h1");
    const brand = document.querySelector("#shell-nav-bar .navbar-brand");
    const name = (active || heading || { textContent: "" }).textContent.trim();
    const site = brand ? brand.textContent.trim() : base;
    const title = name && name !== site ? name + " – " + site : site;
    if (document.title !== title) { document.title = title; }
  }

  // the navigation marks its active link with a class change after rendering
  new MutationObserver(update).observe(document.documentElement,
    { childList: true, subtree: true, characterData: true, attributes: true,
      attributeFilter: ["class"] });
})();
