import type { ServiceConnectService, Stack } from "../ir/index.js";
import { cell, code } from "./markdown.js";
import { firstOfKind } from "./stack-sections.js";

/** How clients write the endpoint of a served port: `http://catalog:80`, or `<discovery>.<namespace>:port` without a DNS name. */
function endpoints(service: ServiceConnectService, namespace: string, appProtocol: string | undefined): string {
  const scheme = appProtocol === "http" || appProtocol === "http2" ? "http://" : "";
  // An ARN namespace's name is not known here; ECS's default alias is `<discoveryName>.<namespace name>`.
  const space = namespace.startsWith("arn:") ? "<namespace>" : namespace;
  return service.clientAliases.map((alias) => code(cell(`${scheme}${alias.dnsName ?? `${service.discoveryName}.${space}`}:${alias.port}`))).join(", ");
}

/**
 * The generated README's Service Connect section: which namespace the service joins, how other
 * services reach each port it serves (or that it is a client only), TLS, and where the proxy
 * logs. Empty without Service Connect.
 */
export function serviceConnectNotes(stack: Stack): string[] {
  const service = firstOfKind(stack, "service");
  const connect = service?.serviceConnect;
  if (!connect) return [];
  const task = firstOfKind(stack, "taskDefinition");
  const ports = (task?.containers ?? []).flatMap((c) => c.portMappings.map((m) => ({ container: c.name, ...m })));
  const notes: string[] = [`The tasks run a Service Connect proxy in Cloud Map namespace ${code(cell(connect.namespace))}; through it they reach every Service Connect service of the namespace by its client alias.`];
  if (connect.services.length === 0) {
    notes.push("Client only: no port of this service is published, so other services do not reach it through Service Connect.");
  }
  for (const served of connect.services) {
    const port = ports.find((p) => p.name === served.portName);
    const protocol = port?.appProtocol === undefined ? "TCP" : port.appProtocol.toUpperCase().replace("HTTP2", "HTTP/2").replace("GRPC", "gRPC");
    const where = port ? ` (container ${code(cell(port.container))}, port ${port.containerPort}, ${protocol})` : "";
    notes.push(
      `Other services of the namespace with Service Connect on reach port ${code(cell(served.portName))}${where} at ${endpoints(served, connect.namespace, port?.appProtocol)}; Cloud Map service ${code(cell(served.discoveryName))}.`,
    );
    if (served.timeout) {
      const parts = [
        ...(served.timeout.idleSeconds === undefined ? [] : [`idle ${served.timeout.idleSeconds} s`]),
        ...(served.timeout.perRequestSeconds === undefined ? [] : [`per request ${served.timeout.perRequestSeconds} s`]),
      ];
      notes.push(`Proxy timeouts of ${code(cell(served.portName))}: ${parts.join(", ")} (0 disables one).`);
    }
    if (served.tls) {
      const role = typeof served.tls.role === "string" ? code(cell(served.tls.role)) : "the ECS infrastructure role this stack creates";
      notes.push(
        `Traffic to ${code(cell(served.portName))} is encrypted with TLS: certificates from AWS Private CA ${code(cell(served.tls.certificateAuthorityArn))}${served.tls.kmsKey === undefined ? "" : `, keys encrypted with ${code(cell(served.tls.kmsKey))}`}, managed through ${role}.`,
      );
    }
  }
  notes.push(
    connect.logging
      ? `The proxy logs to the stack's log group under the stream prefix ${code(cell(connect.logging.streamPrefix))}.`
      : "The proxy's own logs are not shipped anywhere.",
  );
  notes.push("Only tasks started after a server's deployment resolve its aliases: redeploy the clients after adding or renaming an endpoint.");
  return notes;
}
