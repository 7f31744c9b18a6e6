// The event filters the timeline, the network and the map share: type, actor, actor's country, modality, CAMEO prefix,
// place and a date range. They live in the page's query string, so a filtered view is a link; the form submits to the
// same page.

import { api, items } from "./api.js";
import { h } from "./dom.js";
import { eventTypes, modalities } from "./labels.js";

export const filterNames = ["type", "actor", "actor_country", "modality", "cameo", "place", "from", "to"];

/** The filters set in params (of those named), as the API takes them. */
export function filtersOf(params, names = filterNames) {
    const filters = {};
    for (const name of names) {
        const value = params.get(name)?.trim();
        if (value) filters[name] = value;
    }
    return filters;
}

function select(name, label, options, value) {
    return h("label", {}, label, " ", h("select", { name },
        h("option", { value: "" }, "any"),
        options.map((option) => h("option", { value: option, selected: option === value }, option))));
}

function field(name, label, value, attributes = {}) {
    return h("label", {}, label, " ", h("input", { name, value: value ?? "", ...attributes }));
}

/** The filter form with the fields named, filled from params; the actor box offers the entities the store knows
 * (those in most articles first). */
export async function filterForm(path, params, names = filterNames) {
    const offered = (name, element) => (names.includes(name) ? element : null);
    const known = await api.entities({ limit: 100 }).then(items).catch(() => []);
    const actors = h("datalist", { id: "actors" }, known.map((entity) => h("option", { value: entity.id }, `${entity.name} (${entity.type})`)));
    const places = h("datalist", { id: "places" }, known.filter((entity) => ["GPE", "LOC", "FAC"].includes(entity.type))
        .map((entity) => h("option", { value: entity.id }, entity.name)));
    const form = h("form", { class: "filters", action: path, method: "get" },
        offered("type", select("type", "Type", eventTypes, params.get("type"))),
        offered("actor", field("actor", "Actor", params.get("actor"), { list: "actors", placeholder: "entity id, e.g. kb:country/POL", size: 26 })),
        offered("actor_country", field("actor_country", "Actor's country", params.get("actor_country"), { placeholder: "POL", size: 4, pattern: "[A-Z]{3}" })),
        offered("modality", select("modality", "Modality", modalities, params.get("modality"))),
        offered("cameo", field("cameo", "CAMEO", params.get("cameo"), { placeholder: "04", size: 4, pattern: "[0-9]{1,4}" })),
        offered("place", field("place", "Place", params.get("place"), { list: "places", placeholder: "entity id", size: 18 })),
        offered("from", field("from", "From", params.get("from"), { type: "date" })),
        offered("to", field("to", "To", params.get("to"), { type: "date" })),
        h("button", { type: "submit" }, "Filter"),
        h("a", { href: path, class: "reset" }, "clear"),
        actors, places);
    // Empty fields stay out of the address.
    form.addEventListener("formdata", (e) => {
        for (const [name, value] of [...e.formData.entries()]) if (value === "") e.formData.delete(name);
    });
    return form;
}
