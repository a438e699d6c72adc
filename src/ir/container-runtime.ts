/**
 * Container runtime settings beyond the image (ECS `linuxParameters`, `ulimits`, timeouts,
 * restart policy, DNS, registry credentials, environment files), every default resolved. Lists
 * and maps may be empty; backends leave empty ones out, as ECS does.
 */
export interface ContainerRuntime {
  readonly linuxParameters?: {
    readonly initProcessEnabled?: boolean;
    readonly capabilities?: { readonly add: readonly string[]; readonly drop: readonly string[] };
    readonly sharedMemorySize?: number;
    readonly tmpfs: readonly { readonly containerPath: string; readonly size: number; readonly mountOptions: readonly string[] }[];
    readonly devices: readonly { readonly hostPath: string; readonly containerPath?: string; readonly permissions: readonly string[] }[];
    readonly maxSwap?: number;
    readonly swappiness?: number;
  };
  readonly ulimits: readonly { readonly name: string; readonly softLimit: number; readonly hardLimit: number }[];
  readonly stopTimeout?: number;
  readonly startTimeout?: number;
  /** Keys sorted. */
  readonly dockerLabels: Readonly<Record<string, string>>;
  readonly systemControls: readonly { readonly namespace: string; readonly value: string }[];
  readonly privileged?: boolean;
  readonly interactive?: boolean;
  readonly pseudoTerminal?: boolean;
  readonly dnsServers: readonly string[];
  readonly dnsSearchDomains: readonly string[];
  readonly extraHosts: readonly { readonly hostname: string; readonly ipAddress: string }[];
  readonly restartPolicy?: { readonly enabled: boolean; readonly ignoredExitCodes: readonly number[]; readonly restartAttemptPeriod?: number };
  readonly versionConsistency?: "enabled" | "disabled";
  /** ARN of the Secrets Manager secret with the private registry's credentials. */
  readonly repositoryCredentials?: string;
  /** S3 object ARNs of `.env` files. */
  readonly environmentFiles: readonly string[];
}
