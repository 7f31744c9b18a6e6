// Words for the codes of kronika/1, and the quad class of each event type.

/** The quad class of each event type, as Kronika.Storage.Layers.QuadClass gives it (a UI test checks they agree). */
export const quadClassOf = {
    AGREE: "verbal_cooperation", CONSULT: "verbal_cooperation", SUPPORT: "verbal_cooperation", CONCEDE: "verbal_cooperation",
    COOPERATE: "material_cooperation", AID: "material_cooperation", RETREAT: "material_cooperation", INVESTIGATE: "material_cooperation",
    DEMAND: "verbal_conflict", DISAPPROVE: "verbal_conflict", REJECT: "verbal_conflict", THREATEN: "verbal_conflict",
    SANCTION: "verbal_conflict", REQUEST: "verbal_conflict",
    PROTEST: "material_conflict", MOBILIZE: "material_conflict", COERCE: "material_conflict", ASSAULT: "material_conflict",
    FIGHT: "material_conflict",
};

/** The event types in the order PLOVER lists them, REQUEST last. */
export const eventTypes = Object.keys(quadClassOf).sort((a, b) => order(a) - order(b));

function order(type) {
    return ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "REQUEST"].indexOf(type);
}

export const quadClasses = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];

export const quadClassLabel = {
    verbal_cooperation: "verbal cooperation",
    material_cooperation: "material cooperation",
    verbal_conflict: "verbal conflict",
    material_conflict: "material conflict",
};

export const modalities = ["asserted", "reported", "hypothetical", "negated", "denied"];

export const modalityLabel = {
    asserted: "asserted: the text states it happened",
    reported: "reported: someone the text cites says it happened",
    hypothetical: "hypothetical: expected, planned, possible or asked for",
    negated: "negated: the text says it did not happen",
    denied: "denied: someone denies it happened",
};

export const entityTypeLabel = {
    PER: "person", ORG: "organisation", GPE: "country or city", LOC: "place", FAC: "facility", EVT: "named event", PRO: "product",
};

export const viaLabel = {
    name: "by its name",
    alias: "by another of its names",
    role: "by a role it holds",
    demonym: "by a demonym or adjective",
    metonymy: "by a place standing for it",
    coreference: "by a shorter repeat of a name",
    pronoun: "by a pronoun",
};

export const quoteKindLabel = {
    direct: "direct: the speaker's own words",
    indirect: "indirect: reported speech",
};

/** A date of kronika/1 ({value, precision, text, resolved_from}) in words. */
export function dateText(date) {
    if (!date) return "the text gives no date";
    const words = date.text ? ` ("${date.text}")` : "";
    if (date.precision === "unresolved" || !date.value) return `unresolved${words}: no date to anchor it on`;
    const from = date.resolved_from === "publication_date" ? ", anchored on the publication date"
        : date.resolved_from === "absolute" ? ", written in full" : "";
    return `${date.value}, to the ${date.precision}${words}${from}`;
}
