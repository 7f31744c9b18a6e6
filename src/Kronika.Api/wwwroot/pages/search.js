// Search: articles by their words and base forms (a search for "łukaszenka" finds "Łukaszence"), entities by any of
// their names, quotes by their words.

import { api, items, total } from "../api.js";
import { h, link, note, replace } from "../dom.js";
import { articleList } from "./home.js";

export const title = "Search";

export async function render(main, params) {
    const q = params.get("q")?.trim() ?? "";
    if (!q) return replace(main, h("h1", {}, "Search"), note("Type words to look for in the box above."));
    document.title = `${q} · Search · Kronika`;
    const [articles, entities, quotes] = await Promise.all([
        articlesFor(q),
        api.entities({ q, limit: 20 }).catch(() => null),
        api.quotes({ q, limit: 20 }).catch(() => null),
    ]);
    replace(main,
        h("h1", {}, `Search: ${q}`),
        h("section", { class: "results articles" },
            h("h2", {}, `Articles (${total(articles)})`),
            items(articles).length ? articleList(items(articles)) : note("No article has these words.")),
        entities ? h("section", { class: "results entities" },
            h("h2", {}, `Entities (${total(entities)})`),
            items(entities).length
                ? h("ul", {}, items(entities).map((entity) => h("li", {},
                    h("span", { class: `chip type-${entity.type}` }, entity.type), " ", link("/entity", { id: entity.id }, entity.name),
                    h("span", { class: "meta" }, ` ${Object.values(entity.names ?? {}).join(", ")} · ${entity.articles ?? "?"} articles`))))
                : note("No entity has such a name.")) : null,
        quotes ? h("section", { class: "results quotes" },
            h("h2", {}, `Quotes (${total(quotes)})`),
            items(quotes).length
                ? h("ul", {}, items(quotes).map((quote) => h("li", {},
                    h("blockquote", {}, quote.text),
                    h("span", { class: "meta" }, quote.speaker ? link("/entity", { id: quote.speaker.id }, quote.speaker.name ?? quote.speaker.id) : "unknown speaker",
                        " · ", link("/article", { id: quote.article_id, mark: `q${quote.index}` }, quote.title ?? "article")))))
                : note("No quote has these words.")) : null);
}

// The search endpoint when the API has one; the article listing's full-text filter otherwise (the same index).
async function articlesFor(q) {
    try {
        return await api.search({ q, limit: 25 });
    } catch (error) {
        if (error.status !== 404 && error.status !== 405) throw error;
        return api.articles({ search: q, limit: 25 });
    }
}
