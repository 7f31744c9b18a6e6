// The article's text with its layers marked: entity mentions, event triggers, quotes and their cues, over the regions
// (title, lead, paragraphs...). Offsets are UTF-16 code units, as JavaScript strings count them, so a span of kronika/1
// is a slice of the text as it stands.

import { h } from "./dom.js";
import { quadClassOf } from "./labels.js";

// Which of two marks with the same extent goes outside: a quote holds its cue, a mention may be an event's trigger.
const rank = { quote: 0, cue: 1, mention: 2, event: 3 };

/** Every mark of a record: {id, kind, start, end, ...}; a quote's cue shares the quote's id, so both explain the quote. */
export function marksOf(record) {
    const marks = [];
    record.entities.forEach((entity, e) => entity.mentions.forEach((mention, m) =>
        marks.push({ id: `m${e}.${m}`, kind: "mention", start: mention.start, end: mention.end, entity: e, mention: m,
            classes: ["mention", `type-${entity.type}`] })));
    record.events.forEach((event, i) =>
        marks.push({ id: `e${i}`, kind: "event", start: event.trigger.start, end: event.trigger.end, event: i,
            classes: ["trigger", quadClassOf[event.type] ?? "unknown"] }));
    record.quotes.forEach((quote, i) => {
        marks.push({ id: `q${i}`, kind: "quote", start: quote.span.start, end: quote.span.end, quote: i, classes: ["quote", quote.kind] });
        if (quote.cue) marks.push({ id: `q${i}`, kind: "cue", start: quote.cue.start, end: quote.cue.end, quote: i, classes: ["cue"] });
    });
    return marks
        .filter((mark) => mark.end > mark.start)
        .sort((a, b) => a.start - b.start || b.end - a.end || rank[a.kind] - rank[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const blockTag = { title: "h1", lead: "p", subheading: "h2", paragraph: "p", caption: "figcaption", quote_block: "blockquote" };

/** The blocks the text is read in: its regions (a credit stays inside its caption), and any text between them that no
 * region holds as a paragraph of its own, so nothing of the text is lost. */
export function blocksOf(record) {
    const text = record.article.text;
    const regions = record.article.regions
        .filter((region) => region.type !== "credit" && region.end > region.start)
        .sort((a, b) => a.start - b.start || b.end - a.end);
    const blocks = [];
    let at = 0;
    const gap = (start, end) => {
        for (const match of text.slice(start, end).matchAll(/\S[\s\S]*?(?=\n\s*\n|$)/g)) {
            blocks.push({ type: "paragraph", start: start + match.index, end: start + match.index + match[0].trimEnd().length });
        }
    };
    for (const region of regions) {
        if (region.start < at) continue; // inside the block before
        gap(at, region.start);
        blocks.push({ type: region.type, start: region.start, end: region.end });
        at = region.end;
    }
    gap(at, text.length);
    return blocks;
}

/**
 * Renders the text of record into container with marks drawn as nested elements; a mark that crosses another's edge is
 * cut into pieces with one id. Returns the text nodes with their offsets, for ranges over the text (rangeOf).
 */
export function renderText(container, record, marks) {
    const text = record.article.text;
    const nodes = [];
    for (const block of blocksOf(record)) {
        const element = h(blockTag[block.type] ?? "p", { class: `block ${block.type}`, "data-start": block.start });
        const inside = marks.filter((mark) => mark.start < block.end && mark.end > block.start);
        const cuts = new Set([block.start, block.end]);
        for (const mark of inside) {
            cuts.add(Math.max(mark.start, block.start));
            cuts.add(Math.min(mark.end, block.end));
        }
        const points = [...cuts].sort((a, b) => a - b);
        const open = []; // [{mark, element}] from the outside in
        for (let i = 0; i + 1 < points.length; i++) {
            const [from, to] = [points[i], points[i + 1]];
            const active = inside.filter((mark) => mark.start <= from && mark.end >= to); // in marksOf's order: outside first
            let keep = 0;
            while (keep < open.length && keep < active.length && open[keep].mark === active[keep]) keep++;
            open.length = keep;
            for (const mark of active.slice(keep)) {
                const parent = open.length ? open[open.length - 1].element : element;
                const piece = h(mark.kind === "mention" || mark.kind === "event" ? "mark" : "span", {
                    class: ["hl", ...mark.classes].join(" "), "data-ann": mark.id, "data-kind": mark.kind, tabindex: 0, role: "button",
                });
                parent.append(piece);
                open.push({ mark, element: piece });
            }
            const node = document.createTextNode(text.slice(from, to));
            (open.length ? open[open.length - 1].element : element).append(node);
            nodes.push({ node, start: from });
        }
        container.append(element);
    }
    return nodes;
}

/** A DOM range over the text's [start, end) as rendered; the blank lines between blocks are not drawn, so a span
 * reaching into them is cut to what is on the page. Null when nothing of it is. */
export function rangeOf(nodes, start, end) {
    const first = nodes.find(({ node, start: at }) => at + node.length > start);
    const last = nodes.findLast(({ start: at }) => at < end);
    if (!first || !last || first.start >= end) return null;
    const range = document.createRange();
    range.setStart(first.node, Math.max(0, start - first.start));
    range.setEnd(last.node, Math.min(last.node.length, end - last.start));
    return range;
}
