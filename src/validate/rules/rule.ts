import type { ParsedService } from "../../spec/schema/index.js";
import type { RuleContext } from "../context.js";

/** A semantic check over a well-shaped service spec; reports through the context, returns nothing. */
export type ServiceRule = (spec: ParsedService, context: RuleContext) => void;
