// The stored articles, newest first, with the listing's filters (language, outlet, dates) and paging.

import { api, items, total } from "../api.js";
import { h, href, link, note, replace } from "../dom.js";

export const title = "Articles";
const pageSize = 25;

export async function render(main, params) {
    const offset = Math.max(0, Number(params.get("offset")) || 0);
    const query = { language: params.get("language"), outlet: params.get("outlet"), from: params.get("from"), to: params.get("to") };
    const page = await api.articles({ ...query, limit: pageSize, offset });
    const rows = items(page);
    const count = total(page);
    replace(main,
        h("h1", {}, "Articles"),
        h("form", { class: "filters", action: "/", method: "get" },
            h("label", {}, "Language ", h("input", { name: "language", value: query.language ?? "", size: 3, placeholder: "pl" })),
            h("label", {}, "Outlet ", h("input", { name: "outlet", value: query.outlet ?? "", size: 14 })),
            h("label", {}, "From ", h("input", { name: "from", type: "date", value: query.from ?? "" })),
            h("label", {}, "To ", h("input", { name: "to", type: "date", value: query.to ?? "" })),
            h("button", { type: "submit" }, "Filter"), h("a", { href: "/", class: "reset" }, "clear")),
        h("p", { class: "counts" }, `${count} article${count === 1 ? "" : "s"}`),
        rows.length ? articleList(rows) : note("No articles stored yet: kronika ingest adds them."),
        pager("/", params, offset, pageSize, count));
}

/** A list of articles as the listing and the search give them. */
export function articleList(rows) {
    return h("ol", { class: "articles" }, rows.map((row) => h("li", {},
        link("/article", { id: row.id }, row.title ?? row.input ?? row.id),
        h("span", { class: "meta" }, " ", [row.outlet, row.published, row.language].filter(Boolean).join(" · ")),
        row.rejection_reason ? h("span", { class: "chip rejected" }, row.rejection_reason) : null,
        row.snippet ? h("p", { class: "snippet" }, row.snippet) : null)));
}

/** Previous and next links for a paged listing. */
export function pager(path, params, offset, size, count) {
    const at = Object.fromEntries(params);
    return h("nav", { class: "pager" },
        offset > 0 ? h("a", { href: href(path, { ...at, offset: Math.max(0, offset - size) }), rel: "prev" }, "← newer") : null,
        count > 0 ? h("span", {}, ` ${offset + 1}–${Math.min(offset + size, count)} of ${count} `) : null,
        offset + size < count ? h("a", { href: href(path, { ...at, offset: offset + size }), rel: "next" }, "older →") : null);
}
