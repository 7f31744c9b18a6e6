// The HTTP API as the pages use it: one function per endpoint, and the few places where a response's shape is read
// (pages of items, totals), so that a change of the API is met here and nowhere else. Names are kronika/1's snake_case.

/** An answer other than 2xx, with the problem details' title and detail when the API sent them. */
export class ApiError extends Error {
    constructor(status, title, detail) {
        super(detail ? `${title}: ${detail}` : title);
        this.status = status;
    }
}

async function get(path, query = {}) {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
        if (value !== null && value !== undefined && value !== "") params.set(name, value);
    }
    const address = params.size ? `${path}?${params}` : path;
    const response = await fetch(address, { headers: { Accept: "application/json" } });
    if (!response.ok) {
        let problem = {};
        try {
            problem = await response.json();
        } catch {
            // not problem details: the status says enough
        }
        const errors = problem.errors ? Object.entries(problem.errors).map(([k, v]) => `${k} ${[].concat(v).join(", ")}`).join("; ") : "";
        throw new ApiError(response.status, problem.title ?? `HTTP ${response.status}`, errors || problem.detail);
    }
    return response.json();
}

/** The items of a listing, whether the API sends a page object ({total, items}) or a bare array. */
export function items(json) {
    if (Array.isArray(json)) return json;
    return json?.items ?? json?.days ?? json?.edges ?? json?.results ?? [];
}

/** How many match in all: the page's total, or the count of a bare array. */
export function total(json) {
    return Array.isArray(json) ? json.length : (json?.total ?? items(json).length);
}

// Entity ids hold ':' and '/' (kb:country/POL, kb:city/756135): escaped whole in a path segment.
const segment = (id) => encodeURIComponent(id);

export const api = {
    articles: (query) => get("/api/articles", query),
    article: (id) => get(`/api/articles/${segment(id)}`),
    duplicates: (id) => get(`/api/articles/${segment(id)}/duplicates`),
    entities: (query) => get("/api/entities", query),
    entity: (id) => get(`/api/entities/${segment(id)}`),
    events: (query) => get("/api/events", query),
    timeline: (query) => get("/api/timeline", query),
    network: (query) => get("/api/network", query),
    quotes: (query) => get("/api/quotes", query),
    search: (query) => get("/api/search", query),
    places: () => get("/ui/places.json"),
};

/** Every page of a listing, up to max items, fetched one after another at the API's largest page size. */
export async function all(list, query, max = 1000) {
    const limit = 100;
    const found = [];
    let count = 0;
    for (let offset = 0; offset < max; offset += limit) {
        const json = await list({ ...query, limit, offset });
        const page = items(json);
        found.push(...page);
        count = total(json);
        if (page.length < limit || found.length >= count) return { items: found, total: count };
    }
    return { items: found, total: count, truncated: true };
}
