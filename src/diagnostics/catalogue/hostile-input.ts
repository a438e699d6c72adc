import { entry } from "./entry.js";

/** A spec's exported value that cannot be read as data (B113–B119). */
export const hostileInputEntries = {
  B113: entry({
    message: () => 'The key "__proto__" cannot be used: JavaScript would take it as the object\'s prototype and drop the value.',
    hint: () => "Rename the key; no ECS name, tag or variable needs to be called __proto__.",
  }),
  B114: entry<{ what: string; error: string }>({
    message: (a) => `The spec threw while berth was ${a.what}: ${a.error}`,
    hint: () => "Export plain data: compute values before defineService()/defineTask()/defineCluster(), not in getters or Proxies.",
  }),
  B115: entry({
    message: () => "This value contains itself, so it cannot be turned into a template.",
    hint: () => "Export a tree of plain values; copy shared parts instead of pointing back at a parent.",
  }),
} as const;
