// The article view: the clean text with its entities, events and quotes marked; a mark clicked shows what was
// extracted there and why, and the sentences that are its evidence are lit in the text.

import { api, items } from "../api.js";
import { h, link, note, replace } from "../dom.js";
import { explainEvent, explainMention, explainQuote, eventTitle, words } from "../explain.js";
import { entityTypeLabel, quadClassOf } from "../labels.js";
import { marksOf, rangeOf, renderText } from "../highlight.js";

export const title = "Article";

export async function render(main, params) {
    const id = params.get("id");
    if (!id) return replace(main, note("No article chosen: open one from the list or a search.", "error"));
    const record = await api.article(id);
    const article = record.article;
    document.title = `${article.title ?? article.id} · Kronika`;

    const marks = marksOf(record);
    const text = h("article", { class: "text", lang: article.language ?? null });
    const panel = h("aside", { class: "panel", "aria-live": "polite" });
    const nodes = renderText(text, record, marks);

    const show = (id) => {
        const mark = marks.find((candidate) => candidate.id === id);
        if (!mark) return;
        for (const element of text.querySelectorAll(".selected")) element.classList.remove("selected");
        for (const element of text.querySelectorAll(`[data-ann="${id}"]`)) element.classList.add("selected");
        const explain = mark.kind === "mention" ? explainMention : mark.kind === "event" ? explainEvent : explainQuote;
        const around = enclosing(text, id);
        replace(panel, explain(record, mark, show), around.length
            ? h("p", { class: "also" }, "Also here: ", around.map((other, i) => [i ? ", " : "", h("button", {
                type: "button", class: "linklike", "data-select": other.id, onclick: () => show(other.id),
            }, label(record, other))]))
            : null);
        light(record, nodes, mark);
        text.querySelector(`[data-ann="${id}"]`)?.scrollIntoView({ block: "nearest" });
        history.replaceState(null, "", `${location.pathname}?id=${encodeURIComponent(article.id)}&mark=${id}`);
    };

    text.addEventListener("click", (e) => {
        const piece = e.target.closest("[data-ann]");
        if (piece) show(piece.dataset.ann);
    });
    text.addEventListener("keydown", (e) => {
        if ((e.key === "Enter" || e.key === " ") && e.target.dataset?.ann) {
            e.preventDefault();
            show(e.target.dataset.ann);
        }
    });

    replace(panel, overview(record, show));
    const duplicates = await api.duplicates(article.id).then(items).catch(() => []);
    replace(main,
        h("header", { class: "article-head" },
            h("p", { class: "meta" },
                [article.outlet, article.published, article.language, article.credited_source ? `via ${article.credited_source}` : null]
                    .filter(Boolean).join(" · "),
                article.url ? [" · ", h("a", { href: article.url, rel: "noreferrer" }, "source")] : null),
            h("p", { class: "counts" },
                [plural(record.entities.length, "entity", "entities"), plural(record.events.length, "event"), plural(record.quotes.length, "quote")].join(", "),
                duplicates.length ? `; also published as ${duplicates.length} near-duplicate${duplicates.length === 1 ? "" : "s"}` : ""),
            legend()),
        record.rejection ? note(`Refused at ${record.rejection.stage}: ${record.rejection.reason} ${record.rejection.detail ?? ""}`, "error") : null,
        h("div", { class: "reader" }, text, panel));

    const chosen = params.get("mark") ?? (params.get("event") !== null ? `e${params.get("event")}` : null);
    if (chosen) show(chosen);
}

function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}

/** The marks that hold the one chosen, from the inside out (a mention inside a quote, a trigger inside a mention). */
function enclosing(text, id) {
    const seen = new Set([id]);
    const found = [];
    for (const piece of text.querySelectorAll(`[data-ann="${id}"]`)) {
        for (let at = piece.parentElement?.closest("[data-ann]"); at; at = at.parentElement?.closest("[data-ann]")) {
            if (!seen.has(at.dataset.ann)) {
                seen.add(at.dataset.ann);
                found.push({ id: at.dataset.ann, kind: at.dataset.kind });
            }
        }
        for (const inner of piece.querySelectorAll("[data-ann]")) {
            if (!seen.has(inner.dataset.ann)) {
                seen.add(inner.dataset.ann);
                found.push({ id: inner.dataset.ann, kind: inner.dataset.kind });
            }
        }
    }
    return found;
}

function label(record, mark) {
    const index = Number(mark.id.slice(1).split(".")[0]);
    if (mark.id.startsWith("m")) return `${record.entities[index].name} (${record.entities[index].type})`;
    if (mark.id.startsWith("e")) return eventTitle(record.events[index]);
    return `${record.quotes[index].kind} quote`;
}

/** Lights the sentences behind a mark with the CSS Custom Highlight API: an event's evidence (its own sentence
 * stronger), the sentence of a mention or a quote. Nothing in the DOM changes, so the marks stay as they are. */
function light(record, nodes, mark) {
    if (!globalThis.CSS?.highlights) return;
    CSS.highlights.delete("evidence");
    CSS.highlights.delete("sentence");
    const event = mark.kind === "event" ? record.events[mark.event] : null;
    const evidence = event ? event.evidence : [];
    const sentence = event?.sentence ?? record.sentences.find((span) => span.start <= mark.start && mark.start < span.end);
    const ranges = evidence.map((span) => rangeOf(nodes, span.start, span.end)).filter(Boolean);
    if (ranges.length) CSS.highlights.set("evidence", new Highlight(...ranges));
    const own = sentence ? rangeOf(nodes, sentence.start, sentence.end) : null;
    if (own) CSS.highlights.set("sentence", new Highlight(own));
}

/** Before any mark is chosen: the article's entities, events and quotes as lists that choose a mark. */
function overview(record, show) {
    const pick = (id, ...label) => h("button", { type: "button", class: "linklike", "data-select": id, onclick: () => show(id) }, ...label);
    const entities = record.entities.map((entity, e) => ({ entity, e })).sort((a, b) => b.entity.mentions.length - a.entity.mentions.length);
    return h("section", { class: "overview" },
        h("p", { class: "hint" }, "Click a marked word to see what was extracted there and why."),
        h("h2", {}, `Events (${record.events.length})`),
        record.events.length
            ? h("ol", {}, record.events.map((event, i) => h("li", {},
                h("span", { class: `chip ${quadClassOf[event.type] ?? "unknown"}` }, event.type), " ",
                pick(`e${i}`, words(record, event.trigger)), ` ${event.modality}`)))
            : note("No events."),
        h("h2", {}, `Entities (${record.entities.length})`),
        record.entities.length
            ? h("ul", { class: "entities" }, entities.map(({ entity, e }) => h("li", {},
                h("span", { class: `chip type-${entity.type}`, title: entityTypeLabel[entity.type] ?? "" }, entity.type), " ",
                link("/entity", { id: entity.id }, entity.name), " ",
                pick(`m${e}.0`, `×${entity.mentions.length}`))))
            : note("No entities."),
        h("h2", {}, `Quotes (${record.quotes.length})`),
        record.quotes.length
            ? h("ol", {}, record.quotes.map((quote, i) => h("li", {}, pick(`q${i}`, quote.kind), " ", words(record, quote.span))))
            : note("No quotes."));
}

function legend() {
    const key = (cls, text) => h("span", { class: `hl ${cls}` }, text);
    return h("p", { class: "legend" }, "Marks: ",
        key("mention type-PER", "person"), " ", key("mention type-ORG", "organisation"), " ", key("mention type-GPE", "country/city"), " ",
        key("mention type-LOC", "place"), " ", key("trigger verbal_cooperation", "event trigger"), " ", key("quote direct", "quote"), " ",
        key("cue", "speech verb"));
}
