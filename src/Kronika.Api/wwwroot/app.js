// The UI's entry: picks the page for the path, renders it into <main>, and marks the body data-ready when done (or
// data-error), which the browser tests wait for.

import { h, note, replace } from "./dom.js";

const pages = {
    "/": "./pages/home.js",
    "/article": "./pages/article.js",
    "/entity": "./pages/entity.js",
    "/timeline": "./pages/timeline.js",
    "/network": "./pages/network.js",
    "/map": "./pages/map.js",
    "/search": "./pages/search.js",
};

async function start() {
    const main = document.getElementById("main");
    const path = location.pathname;
    for (const anchor of document.querySelectorAll("nav a[data-page]")) {
        if (anchor.dataset.page === path) anchor.setAttribute("aria-current", "page");
    }
    const params = new URLSearchParams(location.search);
    const box = document.querySelector("form.search input");
    if (path === "/search" && params.get("q")) box.value = params.get("q");
    try {
        const page = await import(pages[path] ?? pages["/"]);
        document.title = `${page.title} · Kronika`; // a page with a subject names it while rendering
        await page.render(main, params);
        document.body.dataset.ready = "true";
    } catch (error) {
        console.error(error);
        replace(main, note(`Could not show this page: ${error.message}`, "error"),
            h("p", {}, h("a", { href: "/" }, "Back to the articles")));
        document.body.dataset.error = error.message;
        document.body.dataset.ready = "true";
    }
}

start();
