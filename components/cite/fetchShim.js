// citation-js's core requires node-fetch (for reading citations from URLs, which this site never
// does); in the browser that import is this file, the browser's own fetch (next.config.js).
const fetch = (...args) => globalThis.fetch(...args);
export default fetch;
export const Headers = globalThis.Headers;
export const Request = globalThis.Request;
export const Response = globalThis.Response;
