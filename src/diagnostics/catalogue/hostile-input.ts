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
  B116: entry<{ what: string }>({
    message: (a) => `The spec path is ${a.what}, not a regular file, so berth does not read it.`,
    hint: () => "Point berth at spec files (or folders of them); a FIFO, socket or device would block or never end.",
  }),
  B117: entry<{ seconds: number }>({
    message: (a) => `The spec did not finish loading within ${a.seconds} s.`,
    hint: () => "A top-level await that never settles, or a loop at load time? A spec must compute its definition and return; raise the limit with BERTH_SPEC_TIMEOUT_SECONDS if it is only slow.",
  }),
  B115: entry({
    message: () => "This value contains itself, so it cannot be turned into a template.",
    hint: () => "Export a tree of plain values; copy shared parts instead of pointing back at a parent.",
  }),
} as const;
