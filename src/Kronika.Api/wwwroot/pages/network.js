// The actor network: who met, helped, threatened whom, weighted by how often. Actors are nodes, each pair of actors
// (source → target) an arrow whose width grows with its events and whose colour is its most frequent quad class.
// The layout is a small force simulation started from a circle and run a fixed number of steps: the same data
// always draws the same picture.

import { api, items } from "../api.js";
import { h, href, link, note, replace, s } from "../dom.js";
import { filterForm, filtersOf } from "../filters.js";
import { quadClasses, quadClassLabel } from "../labels.js";

export const title = "Network";

// The filters GET /api/network takes.
const offered = ["type", "actor_country", "from", "to"];

export async function render(main, params) {
    const filters = filtersOf(params, offered);
    const [form, edges] = await Promise.all([filterForm("/network", params, offered), api.network({ ...filters, limit: 100 }).then(items)]);
    replace(main,
        h("h1", {}, "Actor network"),
        form,
        edges.length ? h("figure", { class: "network" }, draw(edges),
            h("figcaption", {}, "Arrows run from the actor that acts to the one acted upon; width: how many events; colour: the most frequent class. ",
                quadClasses.map((quad) => h("span", { class: `key ${quad}` }, quadClassLabel[quad]))))
            : note("No events with both a source and a target match."),
        edges.length ? table(edges) : null);
}

function dominant(edge) {
    return quadClasses.reduce((best, quad) => ((edge[quad] ?? 0) > (edge[best] ?? 0) ? quad : best), quadClasses[0]);
}

function layout(nodes, edges, width, height) {
    const n = nodes.length;
    const radius = Math.min(width, height) * 0.38;
    nodes.forEach((node, i) => {
        node.x = width / 2 + radius * Math.cos((2 * Math.PI * i) / n);
        node.y = height / 2 + radius * Math.sin((2 * Math.PI * i) / n);
    });
    if (n < 3) return;
    // Fruchterman–Reingold: every pair repels, every edge pulls, the step cools.
    const k = Math.sqrt((width * height) / n) * 0.5;
    let temperature = width / 8;
    for (let step = 0; step < 300; step++) {
        for (const node of nodes) node.dx = node.dy = 0;
        for (let i = 0; i < n; i++) {
            for (let j = i + 1; j < n; j++) {
                const [a, b] = [nodes[i], nodes[j]];
                const dx = a.x - b.x || 0.01;
                const dy = a.y - b.y || 0.01;
                const d = Math.max(1, Math.hypot(dx, dy));
                const push = (k * k) / d;
                a.dx += (dx / d) * push; a.dy += (dy / d) * push;
                b.dx -= (dx / d) * push; b.dy -= (dy / d) * push;
            }
        }
        for (const edge of edges) {
            const [a, b] = [edge.from, edge.to];
            const dx = a.x - b.x;
            const dy = a.y - b.y;
            const d = Math.max(1, Math.hypot(dx, dy));
            const pull = ((d * d) / k) * (1 + Math.log2(edge.total)) / 2;
            a.dx -= (dx / d) * pull; a.dy -= (dy / d) * pull;
            b.dx += (dx / d) * pull; b.dy += (dy / d) * pull;
        }
        // gravity: pairs that share no actor would drift to the edges
        for (const node of nodes) {
            node.dx -= (node.x - width / 2) * 0.6;
            node.dy -= (node.y - height / 2) * 0.6;
        }
        for (const node of nodes) {
            const d = Math.max(1e-9, Math.hypot(node.dx, node.dy));
            node.x = Math.min(width - 110, Math.max(110, node.x + (node.dx / d) * Math.min(d, temperature)));
            node.y = Math.min(height - 30, Math.max(40, node.y + (node.dy / d) * Math.min(d, temperature)));
        }
        temperature *= 0.985;
    }
}

function draw(list) {
    const [width, height] = [900, 560];
    const byId = new Map();
    const node = (actor) => {
        if (!byId.has(actor.id)) byId.set(actor.id, { id: actor.id, name: actor.name ?? actor.id, country: actor.country, events: 0 });
        return byId.get(actor.id);
    };
    const edges = list.map((edge) => ({ ...edge, from: node(edge.source), to: node(edge.target) }));
    for (const edge of edges) {
        edge.from.events += edge.total;
        edge.to.events += edge.total;
    }
    const nodes = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    layout(nodes, edges, width, height);
    const both = new Set(edges.map((edge) => `${edge.from.id}\n${edge.to.id}`));
    const max = Math.max(...edges.map((edge) => edge.total));
    return s("svg", { viewBox: `0 0 ${width} ${height}`, class: "network", role: "img", "aria-label": "Actor network" },
        s("defs", {}, quadClasses.map((quad) => s("marker", {
            id: `arrow-${quad}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 12, markerHeight: 12, markerUnits: "userSpaceOnUse",
            orient: "auto-start-reverse",
        }, s("path", { d: "M0,0 L10,5 L0,10 z", class: quad })))),
        s("g", { class: "edges" }, edges.map((edge) => {
            const quad = dominant(edge);
            const [a, b] = [edge.from, edge.to];
            const r = radiusOf(b);
            const d = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
            // a pair drawn both ways bends apart, each to its own side
            const bend = both.has(`${b.id}\n${a.id}`) ? 0.15 : 0;
            const [mx, my] = [(a.x + b.x) / 2 - (b.y - a.y) * bend, (a.y + b.y) / 2 + (b.x - a.x) * bend];
            const md = Math.max(1, Math.hypot(b.x - mx, b.y - my));
            const [ex, ey] = [b.x - ((b.x - mx) / md) * (r + 2), b.y - ((b.y - my) / md) * (r + 2)];
            return s("path", {
                class: `edge ${quad}`, d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
                "stroke-width": (1 + (5 * Math.log1p(edge.total)) / Math.log1p(max)).toFixed(2), "marker-end": `url(#arrow-${quad})`,
                "data-source": a.id, "data-target": b.id, "data-total": edge.total, "data-length": d.toFixed(0),
            }, s("title", {}, `${a.name} → ${b.name}: ${edge.total} events (${quadClasses.map((q) => `${quadClassLabel[q]} ${edge[q] ?? 0}`).join(", ")})`));
        })),
        s("g", { class: "nodes" }, nodes.map((actor) => s("a", { href: href("/entity", { id: actor.id }), class: "node", "data-id": actor.id },
            s("title", {}, `${actor.name}: ${actor.events} events in these pairs`),
            s("circle", { cx: actor.x.toFixed(1), cy: actor.y.toFixed(1), r: radiusOf(actor).toFixed(1) }),
            s("text", { x: actor.x.toFixed(1), y: (actor.y - radiusOf(actor) - 4).toFixed(1), "text-anchor": "middle" }, actor.name)))));
}

function radiusOf(actor) {
    return 5 + 3 * Math.sqrt(actor.events);
}

function table(edges) {
    return h("table", { class: "pairs" },
        h("thead", {}, h("tr", {}, h("th", {}, "who"), h("th", {}, "on whom"),
            quadClasses.map((quad) => h("th", { class: quad }, quadClassLabel[quad])), h("th", {}, "all"))),
        h("tbody", {}, edges.map((edge) => h("tr", {},
            h("td", {}, link("/entity", { id: edge.source.id }, edge.source.name ?? edge.source.id)),
            h("td", {}, link("/entity", { id: edge.target.id }, edge.target.name ?? edge.target.id)),
            quadClasses.map((quad) => h("td", { class: "number" }, edge[quad] ?? 0)),
            h("td", { class: "number" }, edge.total)))));
}
