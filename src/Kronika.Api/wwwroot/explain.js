// What was extracted at a mark and why: the panel beside the article. Every fact names the words of the text it rests on.

import { h, link } from "./dom.js";
import { dateText, entityTypeLabel, modalityLabel, quadClassLabel, quadClassOf, quoteKindLabel, viaLabel } from "./labels.js";

/** A row of the explanation: a term and what it says. */
function fact(term, ...value) {
    return [h("dt", {}, term), h("dd", {}, ...value)];
}

/** The words of the text at a span, in quotation marks. */
export function words(record, span) {
    return span ? `“${record.article.text.slice(span.start, span.end)}”` : "none";
}

/** A link to an entity's page, named as the record names it. */
export function actor(record, id) {
    if (!id) return "none";
    const entity = record.entities.find((candidate) => candidate.id === id);
    return link("/entity", { id }, entity?.name ?? id);
}

function actors(record, ids) {
    if (!ids?.length) return "not stated";
    return ids.flatMap((id, i) => (i ? [", ", actor(record, id)] : [actor(record, id)]));
}

/** A button that selects another mark of the article (an event from a quote, a quote from an event). */
function select(id, label, onSelect) {
    return h("button", { type: "button", class: "linklike", "data-select": id, onclick: () => onSelect(id) }, label);
}

/** A confidence in [0, 1] as a bar and a number. */
function confidence(value) {
    return h("span", { class: "confidence" },
        h("meter", { min: 0, max: 1, value, title: value.toFixed(2) }), ` ${value.toFixed(2)}`);
}

export function eventTitle(event) {
    return `${event.type}${event.cameo ? ` (CAMEO ${event.cameo})` : ""}`;
}

/** The explanation of an entity mention. */
export function explainMention(record, mark, onSelect) {
    const entity = record.entities[mark.entity];
    const mention = entity.mentions[mark.mention];
    const events = record.events.map((event, i) => ({ event, i }))
        .filter(({ event }) => event.source.includes(entity.id) || event.target.includes(entity.id) || event.location === entity.id);
    const names = Object.entries(entity.names ?? {}).map(([language, name]) => `${name} (${language})`).join(", ");
    return h("section", { class: "explain mention", "data-explains": mark.id },
        h("h2", {}, h("span", { class: `chip type-${entity.type}` }, entity.type), " ", link("/entity", { id: entity.id }, entity.name)),
        h("dl", {},
            fact("Mention", words(record, mention), ` → base form “${mention.base}”`),
            fact("Refers", viaLabel[mention.via] ?? mention.via),
            mention.acts_for ? fact("Stands for", actor(record, mention.acts_for), " (its actor in events)") : null,
            fact("Kind", entityTypeLabel[entity.type] ?? entity.type),
            fact("Entity id", h("code", {}, entity.id)),
            names ? fact("Base forms", names) : null,
            entity.country ? fact("Country", entity.country) : null,
            entity.wikidata ? fact("Wikidata", entity.wikidata) : null,
            fact("In this article", `${entity.mentions.length} mention${entity.mentions.length === 1 ? "" : "s"}`)),
        events.length
            ? [h("h3", {}, "Events it takes part in here"),
                h("ul", {}, events.map(({ event, i }) => h("li", {}, select(`e${i}`, eventTitle(event), onSelect), ` ${words(record, event.trigger)}`)))]
            : null);
}

/** The explanation of an event: what, who, where, when, the words that triggered it and the sentences that state it. */
export function explainEvent(record, mark, onSelect) {
    const event = record.events[mark.event];
    const quad = quadClassOf[event.type];
    const quotes = record.quotes.map((quote, i) => ({ quote, i })).filter(({ quote }) => quote.event === mark.event);
    return h("section", { class: "explain event", "data-explains": mark.id },
        h("h2", {}, h("span", { class: `chip ${quad ?? "unknown"}` }, event.type), " ", quadClassLabel[quad] ?? "event"),
        h("dl", {},
            fact("Type", eventTitle(event), event.mode ? `, mode ${event.mode}` : "", event.context ? `, context ${event.context}` : ""),
            fact("Who acts", actors(record, event.source)),
            fact("On whom", actors(record, event.target)),
            fact("Where", event.location ? actor(record, event.location) : "not stated"),
            fact("When", dateText(event.date)),
            fact("Modality", modalityLabel[event.modality] ?? event.modality),
            fact("Trigger", h("q", { class: "trigger-words" }, record.article.text.slice(event.trigger.start, event.trigger.end)),
                " (the words the pattern matched)"),
            fact("Confidence", confidence(event.confidence))),
        h("h3", {}, `Evidence: ${event.evidence.length} sentence${event.evidence.length === 1 ? "" : "s"}`),
        h("ol", { class: "evidence" }, event.evidence.map((span) =>
            h("li", { class: span.start === event.sentence.start ? "trigger-sentence" : null },
                h("blockquote", {}, record.article.text.slice(span.start, span.end))))),
        quotes.length
            ? [h("h3", {}, "Quotes stating it"), h("ul", {}, quotes.map(({ quote, i }) =>
                h("li", {}, select(`q${i}`, `${quote.kind} quote`, onSelect), " ", words(record, quote.span))))]
            : null);
}

/** The explanation of a quote: who said it, the words that attribute it, what was said. */
export function explainQuote(record, mark, onSelect) {
    const quote = record.quotes[mark.quote];
    const event = quote.event !== null && quote.event !== undefined ? record.events[quote.event] : null;
    return h("section", { class: "explain quote", "data-explains": mark.id },
        h("h2", {}, h("span", { class: "chip quote" }, "QUOTE"), " ", quoteKindLabel[quote.kind] ?? quote.kind),
        h("dl", {},
            fact("Speaker", quote.speaker ? actor(record, quote.speaker) : "unknown"),
            quote.speaker_span ? fact("Named as", words(record, quote.speaker_span)) : null,
            fact("Attributed by", quote.cue ? words(record, quote.cue) : "no speech verb (from the layout)"),
            event ? fact("States", select(`e${quote.event}`, eventTitle(event), onSelect)) : null),
        h("h3", {}, "What was said"),
        h("blockquote", { class: "said" }, record.article.text.slice(quote.span.start, quote.span.end)));
}
