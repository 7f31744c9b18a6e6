// The event timeline: events per day stacked by quad class, drawn in SVG, over the list of the events themselves;
// both follow the filters in the address.

import { api, items, total } from "../api.js";
import { h, note, replace, s } from "../dom.js";
import { filterForm, filtersOf } from "../filters.js";
import { quadClasses, quadClassLabel } from "../labels.js";
import { eventList } from "../events.js";
import { pager } from "./home.js";

export const title = "Timeline";
const pageSize = 50;

export async function render(main, params) {
    const filters = filtersOf(params);
    const offset = Math.max(0, Number(params.get("offset")) || 0);
    const [form, days, events] = await Promise.all([
        filterForm("/timeline", params),
        api.timeline(filters).then(items),
        api.events({ ...filters, limit: pageSize, offset }),
    ]);
    const count = total(events);
    replace(main,
        h("h1", {}, "Timeline"),
        form,
        h("figure", { class: "chart" }, days.length ? chart(days) : note("No dated events match."),
            h("figcaption", {}, "Events per day by quad class (the event's own date when the text gives the day, else its article's publication day). ",
                quadClasses.map((quad) => h("span", { class: `key ${quad}` }, quadClassLabel[quad])))),
        h("h2", {}, `${count} event${count === 1 ? "" : "s"}`),
        eventList(items(events)),
        pager("/timeline", params, offset, pageSize, count));
}

const dayMs = 86_400_000;
const parse = (day) => Date.parse(`${day}T00:00:00Z`);

/** Days binned so that at most about 180 bars are drawn: by day, week or month. */
function bins(days) {
    const first = parse(days[0].day);
    const last = parse(days[days.length - 1].day);
    const span = Math.round((last - first) / dayMs) + 1;
    const key = span <= 180 ? (t) => new Date(t).toISOString().slice(0, 10)
        : span <= 1260 ? (t) => new Date(t - (((new Date(t).getUTCDay() + 6) % 7) * dayMs)).toISOString().slice(0, 10)
            : (t) => new Date(t).toISOString().slice(0, 7);
    const unit = span <= 180 ? "day" : span <= 1260 ? "week from" : "month";
    const found = new Map();
    for (let t = first; t <= last; t += dayMs) {
        const k = key(t);
        if (!found.has(k)) found.set(k, { label: k, total: 0, ...Object.fromEntries(quadClasses.map((q) => [q, 0])) });
    }
    for (const day of days) {
        const bin = found.get(key(parse(day.day)));
        bin.total += day.events;
        for (const quad of quadClasses) bin[quad] += day[quad] ?? 0;
    }
    return { unit, bins: [...found.values()] };
}

function chart(days) {
    const sorted = [...days].sort((a, b) => (a.day < b.day ? -1 : 1));
    const { unit, bins: list } = bins(sorted);
    const [width, height, left, bottom, top] = [900, 220, 36, 28, 10];
    const max = Math.max(1, ...list.map((bin) => bin.total));
    const step = Math.min(48, (width - left - 10) / list.length);
    const y = (value) => top + (height - top - bottom) * (1 - value / max);
    const ticks = [...new Set([0, Math.round(max / 2), max])];
    const every = Math.max(1, Math.ceil(list.length / 8));
    return s("svg", { viewBox: `0 0 ${width} ${height}`, class: "timeline", role: "img", "aria-label": `Events per ${unit}` },
        ticks.map((tick) => s("g", { class: "tick" },
            s("line", { x1: left, x2: width - 10, y1: y(tick), y2: y(tick) }),
            s("text", { x: left - 6, y: y(tick) + 4, "text-anchor": "end" }, tick))),
        list.map((bin, i) => {
            let base = 0;
            const x = left + i * step;
            return s("g", { class: "bar", "data-day": bin.label, "data-events": bin.total },
                s("title", {}, `${unit} ${bin.label}: ${bin.total} events (${quadClasses.map((q) => `${quadClassLabel[q]} ${bin[q]}`).join(", ")})`),
                quadClasses.map((quad) => {
                    if (!bin[quad]) return null;
                    const rect = s("rect", { class: quad, x: x + 1, width: Math.max(1, step - 2), y: y(base + bin[quad]), height: y(base) - y(base + bin[quad]) });
                    base += bin[quad];
                    return rect;
                }),
                // events whose type has no quad class still count in the bar
                bin.total > base ? s("rect", { class: "unknown", x: x + 1, width: Math.max(1, step - 2), y: y(bin.total), height: y(base) - y(bin.total) }) : null,
                i % every === 0 ? s("text", { x: x + step / 2, y: height - 8, "text-anchor": "middle" }, bin.label) : null);
        }));
}
