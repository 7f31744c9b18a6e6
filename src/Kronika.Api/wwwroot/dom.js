// Building the page: elements from data, text always set as text (never parsed as HTML), so nothing an article
// says can become markup.

const SVG = "http://www.w3.org/2000/svg";

/** An HTML element: h("a", {href: "/x", class: "y"}, "text", child, [more children]). Null and false children are skipped. */
export function h(tag, attributes = {}, ...children) {
    return fill(document.createElement(tag), attributes, children);
}

/** An SVG element, built as h builds HTML ones. */
export function s(tag, attributes = {}, ...children) {
    return fill(document.createElementNS(SVG, tag), attributes, children);
}

function fill(element, attributes, children) {
    for (const [name, value] of Object.entries(attributes ?? {})) {
        if (value === null || value === undefined || value === false) continue;
        if (name.startsWith("on") && typeof value === "function") element.addEventListener(name.slice(2), value);
        else if (name === "dataset") Object.assign(element.dataset, value);
        else element.setAttribute(name, value === true ? "" : String(value));
    }
    append(element, children);
    return element;
}

function append(element, children) {
    for (const child of children) {
        if (child === null || child === undefined || child === false) continue;
        if (Array.isArray(child)) append(element, child);
        else element.append(child instanceof Node ? child : String(child));
    }
}

/** Replaces the children of element. */
export function replace(element, ...children) {
    element.replaceChildren();
    append(element, children);
    return element;
}

/** A link to a page of the UI with its query: link("/entity", {id: "kb:country/POL"}, "Poland"). */
export function link(path, query, ...children) {
    return h("a", { href: href(path, query) }, ...children);
}

/** The address of a page of the UI with its query; empty values are left out. */
export function href(path, query = {}) {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
        if (value !== null && value !== undefined && value !== "") params.set(name, value);
    }
    const text = params.toString();
    return text ? `${path}?${text}` : path;
}

/** A short note shown where a list would be: nothing found, still loading, an error. */
export function note(text, kind = "empty") {
    return h("p", { class: `note ${kind}` }, text);
}
