// Stored events (GET /api/events) as a list: when, what, who on whom, where, and the sentence with its trigger, each
// linking to the article with the event chosen.

import { h, link, note } from "./dom.js";
import { quadClassOf } from "./labels.js";

/** An actor of a stored event ({id, name, country}) as a link to its page. */
export function actorLink(actor) {
    return link("/entity", { id: actor.id }, actor.name ?? actor.id);
}

function actorLinks(list) {
    if (!list?.length) return h("span", { class: "muted" }, "—");
    return list.flatMap((actor, i) => (i ? [", ", actorLink(actor)] : [actorLink(actor)]));
}

/** The sentence of a stored event with its trigger marked (offsets are into the article's text). */
export function sentenceWithTrigger(event) {
    const sentence = event.sentence ?? "";
    const from = event.trigger_start - event.sentence_start;
    const to = event.trigger_end - event.sentence_start;
    if (!(from >= 0 && to <= sentence.length && from < to)) return h("q", {}, sentence);
    return h("q", {}, sentence.slice(0, from), h("mark", { class: `hl trigger ${event.quad_class ?? quadClassOf[event.type] ?? ""}` },
        sentence.slice(from, to)), sentence.slice(to));
}

export function eventList(events) {
    if (!events.length) return note("No events match.");
    return h("ol", { class: "events" }, events.map((event) => h("li", { class: "event", "data-type": event.type, "data-modality": event.modality },
        h("div", { class: "line" },
            h("time", {}, event.day ?? event.date_value ?? "undated"), " ",
            h("span", { class: `chip ${event.quad_class ?? quadClassOf[event.type] ?? "unknown"}` }, event.type),
            event.cameo ? h("span", { class: "muted" }, ` ${event.cameo}`) : null, " ",
            h("span", { class: "actors" }, actorLinks(event.source), " → ", actorLinks(event.target)),
            event.location ? [" at ", actorLink(event.location)] : null, " ",
            h("span", { class: `modality ${event.modality}` }, event.modality), " ",
            h("span", { class: "muted" }, `conf. ${Number(event.confidence).toFixed(2)}`)),
        h("div", { class: "sentence" }, sentenceWithTrigger(event), " ",
            link("/article", { id: event.article_id, mark: `e${event.index}` }, event.outlet ?? "article")))));
}
