// Where the events happened: each event place with coordinates in the knowledge base is a point on a plain
// equirectangular grid (longitude to x, latitude to y, a graticule every 10 or 30 degrees; no coastlines, since no
// honest outline data ships with Kronika), sized by its events and coloured by their most frequent quad class.
// A country named as the place is drawn at its capital, and says so.

import { all, api } from "../api.js";
import { h, link, note, replace, s } from "../dom.js";
import { filterForm, filtersOf } from "../filters.js";
import { quadClassOf, quadClasses, quadClassLabel } from "../labels.js";
import { eventList } from "../events.js";

export const title = "Map";

export async function render(main, params) {
    const filters = filtersOf(params);
    const [form, events, gazetteer] = await Promise.all([filterForm("/map", params), all(api.events, filters, 2000), api.places()]);
    const groups = new Map();
    let unplaced = 0;
    for (const event of events.items) {
        if (!event.location) {
            unplaced++;
            continue;
        }
        const id = event.location.id;
        if (!groups.has(id)) groups.set(id, { id, name: event.location.name ?? id, place: gazetteer[id], events: [] });
        groups.get(id).events.push(event);
    }
    const located = [...groups.values()].filter((group) => group.place);
    const missing = [...groups.values()].filter((group) => !group.place);
    const detail = h("section", { class: "place-events" });
    const choose = (group) => replace(detail,
        h("h2", {}, link("/entity", { id: group.id }, group.name), ` (${group.events.length} event${group.events.length === 1 ? "" : "s"})`),
        group.place?.kind === "country" ? h("p", { class: "muted" }, "A country named as the place: drawn at its capital.") : null,
        eventList(group.events));
    const whole = params.get("view") === "world";
    replace(main,
        h("h1", {}, "Map of event places"),
        form,
        located.length
            ? h("figure", { class: "map" }, draw(located, choose, whole, capitals(gazetteer)),
                h("figcaption", {}, `${located.length} place${located.length === 1 ? "" : "s"} of ${events.items.length} events`,
                    events.truncated ? " (the latest only)" : "", "; equirectangular, graticule in degrees; grey dots: countries at their capitals. ",
                    whole ? link("/map", { ...filters }, "fit to the places") : link("/map", { ...filters, view: "world" }, "whole world"), " ",
                    quadClasses.map((quad) => h("span", { class: `key ${quad}` }, quadClassLabel[quad])), h("span", { class: "key mixed" }, "no class ahead")))
            : note("No event place with coordinates matches."),
        detail,
        h("p", { class: "muted" },
            `${unplaced} event${unplaced === 1 ? "" : "s"} without a place`,
            missing.length ? [`; places without coordinates: `, missing.map((group, i) => [i ? ", " : "", link("/entity", { id: group.id }, group.name), ` (${group.events.length})`])] : ""));
}

/** The countries' points (their capitals) for orientation: the map has no outlines. */
function capitals(gazetteer) {
    return Object.values(gazetteer).filter((place) => place.kind === "country");
}

function dominant(events) {
    const counts = Object.fromEntries(quadClasses.map((quad) => [quad, 0]));
    for (const event of events) counts[event.quad_class ?? quadClassOf[event.type]] += 1;
    const best = Math.max(...Object.values(counts));
    const top = quadClasses.filter((quad) => counts[quad] === best);
    return top.length === 1 ? top[0] : "mixed";
}

/** The box drawn: the whole world, or the places' box with a margin, at least 20° across, widened to the frame's shape. */
function frame(groups, whole, aspect) {
    if (whole) return { west: -180, east: 180, south: -90, north: 90 };
    const lons = groups.map((group) => group.place.lon);
    const lats = groups.map((group) => group.place.lat);
    let [west, east, south, north] = [Math.min(...lons) - 8, Math.max(...lons) + 8, Math.min(...lats) - 6, Math.max(...lats) + 6];
    const grow = (low, high, size) => {
        const middle = (low + high) / 2;
        const half = Math.max(size, high - low) / 2;
        return [middle - half, middle + half];
    };
    [west, east] = grow(west, east, Math.max(20, (north - south) * aspect));
    [south, north] = grow(south, north, (east - west) / aspect);
    return { west: Math.max(-180, west), east: Math.min(180, east), south: Math.max(-90, south), north: Math.min(90, north) };
}

function draw(groups, choose, whole, references) {
    const [width, height] = [900, 450];
    const box = frame(groups, whole, width / height);
    const x = (lon) => ((lon - box.west) / (box.east - box.west)) * width;
    const y = (lat) => ((box.north - lat) / (box.north - box.south)) * height;
    const grid = box.east - box.west > 90 ? 30 : 10;
    const lines = [];
    for (let lon = Math.ceil(box.west / grid) * grid; lon <= box.east; lon += grid) {
        lines.push(s("line", { class: lon === 0 ? "meridian zero" : "meridian", x1: x(lon), x2: x(lon), y1: 0, y2: height }),
            s("text", { class: "grid-label", x: x(lon) + 3, y: height - 4 }, `${Math.abs(lon)}°${lon < 0 ? "W" : lon > 0 ? "E" : ""}`));
    }
    for (let lat = Math.ceil(box.south / grid) * grid; lat <= box.north; lat += grid) {
        lines.push(s("line", { class: lat === 0 ? "parallel zero" : "parallel", x1: 0, x2: width, y1: y(lat), y2: y(lat) }),
            s("text", { class: "grid-label", x: 3, y: y(lat) - 3 }, `${Math.abs(lat)}°${lat < 0 ? "S" : lat > 0 ? "N" : ""}`));
    }
    const max = Math.max(...groups.map((group) => group.events.length));
    const ordered = [...groups].sort((a, b) => b.events.length - a.events.length); // small points drawn over large ones
    return s("svg", { viewBox: `0 0 ${width} ${height}`, class: "map", role: "img", "aria-label": "Event places" },
        s("rect", { class: "sea", x: 0, y: 0, width, height }),
        s("g", { class: "graticule" }, lines),
        s("g", { class: "references" }, references
            .filter((place) => place.lon >= box.west && place.lon <= box.east && place.lat >= box.south && place.lat <= box.north)
            .map((place) => s("g", { class: "reference" },
                s("circle", { cx: x(place.lon).toFixed(1), cy: y(place.lat).toFixed(1), r: 2 }),
                whole ? null : s("text", { x: (x(place.lon) + 4).toFixed(1), y: (y(place.lat) + 3).toFixed(1) }, place.name)))),
        s("g", { class: "places" }, ordered.map((group) => {
            const r = 4 + (10 * Math.sqrt(group.events.length)) / Math.sqrt(max);
            const point = s("g", { class: `place ${dominant(group.events)}`, "data-id": group.id, "data-events": group.events.length, tabindex: 0, role: "button" },
                s("title", {}, `${group.name}: ${group.events.length} event${group.events.length === 1 ? "" : "s"}${group.place.kind === "country" ? " (country, at its capital)" : ""}`),
                s("circle", { cx: x(group.place.lon).toFixed(1), cy: y(group.place.lat).toFixed(1), r: r.toFixed(1) }),
                s("text", { x: (x(group.place.lon) + r + 3).toFixed(1), y: (y(group.place.lat) + 4).toFixed(1) }, group.name));
            point.addEventListener("click", () => choose(group));
            point.addEventListener("keydown", (e) => { if (e.key === "Enter") choose(group); });
            return point;
        })));
}
