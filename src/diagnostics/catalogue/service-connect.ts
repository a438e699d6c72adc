import { entry } from "./entry.js";

/** Service Connect: namespaces, port names, client aliases, timeouts, TLS and proxy logs (B890–B909). */
export const serviceConnectEntries = {} as const;
