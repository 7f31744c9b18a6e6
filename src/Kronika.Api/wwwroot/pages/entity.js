// An entity: its names in each language, every form the texts write it in with counts, the articles that name it,
// and its events and quotes.

import { all, api, items, total } from "../api.js";
import { h, link, note, replace } from "../dom.js";
import { entityTypeLabel } from "../labels.js";
import { eventList } from "../events.js";
import { articleList } from "./home.js";

export const title = "Entity";

export async function render(main, params) {
    const id = params.get("id");
    if (!id) return replace(main, note("No entity chosen.", "error"));
    const [detail, events, quotes] = await Promise.all([
        api.entity(id),
        all(api.events, { actor: id }, 200),
        api.quotes({ speaker: id, limit: 50 }),
    ]);
    // GET /api/entities/{id}: {entity, names: [{name, count}], articles, events_as_source, as_source, events_as_target, as_target, quotes}
    const entity = detail.entity ?? detail;
    const forms = detail.names ?? [];
    const articles = detail.articles ?? [];
    document.title = `${entity.name} · Kronika`;
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    replace(main,
        h("header", { class: "entity-head" },
            h("h1", {}, h("span", { class: `chip type-${entity.type}` }, entity.type), " ", entity.name),
            h("p", { class: "meta" }, [entityTypeLabel[entity.type], entity.country, entity.wikidata].filter(Boolean).join(" · "),
                " · ", h("code", {}, entity.id)),
            h("p", { class: "counts" }, [plural(entity.articles ?? articles.length, "article"), plural(entity.mentions ?? 0, "mention"),
                plural(entity.events ?? events.total, "event"), plural(entity.quotes ?? total(quotes), "quote")].join(", "),
                detail.events_as_source !== undefined ? ` (acts in ${detail.events_as_source}, acted upon in ${detail.events_as_target})` : "")),
        h("div", { class: "columns" },
            h("section", { class: "names" },
                h("h2", {}, "Names"),
                h("dl", {}, Object.entries(entity.names ?? {}).map(([language, name]) => [h("dt", {}, language), h("dd", { lang: language }, name)])),
                h("h2", {}, `Forms in the texts (${forms.length})`),
                forms.length
                    ? h("table", { class: "forms" }, h("thead", {}, h("tr", {}, h("th", {}, "form"), h("th", {}, "mentions"))),
                        h("tbody", {}, forms.map((form) => h("tr", {}, h("td", {}, form.name), h("td", { class: "number" }, form.count)))))
                    : note("No forms listed.")),
            h("section", { class: "entity-articles" },
                h("h2", {}, `Articles naming it (${entity.articles ?? articles.length})`),
                articles.length ? articleList(articles) : note("No articles."))),
        h("section", { class: "entity-events" },
            h("h2", {}, `Events (${events.total}) `, link("/timeline", { actor: id }, "on the timeline"),
                entity.country ? [" · ", link("/network", { actor_country: entity.country }, `network of ${entity.country}`)] : null),
            eventList(events.items)),
        h("section", { class: "entity-quotes" },
            h("h2", {}, `Quotes (${total(quotes)})`),
            items(quotes).length
                ? h("ul", { class: "quotes" }, items(quotes).map((quote) => h("li", {},
                    h("blockquote", { class: quote.kind }, quote.text),
                    h("span", { class: "meta" }, `${quote.kind} · ${quote.published ?? ""} · `,
                        link("/article", { id: quote.article_id, mark: `q${quote.index}` }, quote.title ?? "article")))))
                : note("No quotes.")));
}
