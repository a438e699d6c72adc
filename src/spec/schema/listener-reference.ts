import { z } from "zod";
import { port, resourceName } from "./common.js";

/**
 * A listener of a load balancer a `defineLoadBalancer()` spec of the same run creates, by the
 * load balancer's name and the listener's port, e.g. `{ loadBalancer: "public-web", port: 443 }`.
 * The stacks stay independent: CloudFormation imports the listener's ARN from the load balancer
 * stack's export, Terraform looks it up by load balancer name and port.
 */
export const listenerReference = z.strictObject({
  /** Name of the `defineLoadBalancer()` spec. */
  loadBalancer: resourceName,
  /** Port of one of its listeners. */
  port,
});

/** A listener: the ARN of an existing one, or a reference to one berth creates. */
export const listenerTarget = z.union([z.string(), listenerReference]);

/** A listener reference as written. */
export type ListenerReference = z.output<typeof listenerReference>;
/** A listener field as parsed: an ARN or a reference. */
export type ListenerTarget = z.output<typeof listenerTarget>;

/** True when a listener field names a listener of a load balancer spec of the run. */
export function isListenerReference(value: ListenerTarget): value is ListenerReference {
  return typeof value === "object";
}
