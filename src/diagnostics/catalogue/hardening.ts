import { entry } from "./entry.js";

/**
 * What AWS would reject at deploy time although the spec is well-shaped, and security defaults
 * worth a second look (B660–B679).
 */
export const hardeningEntries = {
  B660: entry<{ value: string; problem: string }>({
    message: (a) => `IAM resource "${a.value}" is not an ARN: ${a.problem}.`,
    hint: () => 'Write "*" or a full ARN, arn:<partition>:<service>:<region>:<account>:<resource>, e.g. arn:aws:s3:::my-bucket/* or arn:aws:sqs:us-east-1:123456789012:orders (wildcards and ${aws:…} variables are fine).',
  }),
  B661: entry<{ value: string }>({
    message: (a) => `"${a.value}" is not an image reference ECS can pull.`,
    hint: () => "Write [registry[:port]/]repository[:tag][@sha256:<digest>] with a lower-case repository, e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com/my-api:1.4.2 or public.ecr.aws/docker/library/nginx:1.27 (at most 255 characters).",
  }),
  B662: entry<{ bytes: number; limit: number }>({
    message: (a) => `The container definitions are at least ${a.bytes} bytes; ECS refuses a task definition over ${a.limit} bytes (64 KiB).`,
    hint: () => "Move large values out of the task definition: environment into an environmentFiles S3 object or secrets, long commands into the image.",
  }),
  B663: entry<{ user: string }>({
    message: (a) => `The container runs as root (user "${a.user}").`,
    hint: () => 'A process that escapes its container as root owns the host. Run as an unprivileged user, e.g. user: "1000:1000", and give it only the files it needs.',
  }),
  B664: entry({
    message: () => "The task uses host networking and the container sets no user, so it runs as the image's user: root unless the image says otherwise.",
    hint: () => 'In host mode the container shares the instance\'s network stack; set user to an unprivileged uid (e.g. "65534:65534"), or "root" on purpose (that is then a warning of its own).',
  }),
  B665: entry<{ what: string }>({
    message: (a) => `The task role allows ${a.what}: every API on every resource of the account.`,
    hint: () => "Grant the application what it calls on the resources it uses (actions and ARNs); administrators' policies do not belong to a task.",
  }),
  B666: entry<{ arn: string }>({
    message: (a) => `Managed policy ${a.arn} is listed twice.`,
    hint: () => "List each managed policy once.",
  }),
  B667: entry<{ plugin: string; option: string }>({
    message: (a) => `FireLens output "${a.plugin}" names no destination (${a.option}), so berth cannot grant the task role permission to write to it.`,
    hint: (a) => `Set ${a.option} to the name of the destination (the router writes with the task role's credentials), or role_arn to a role that may write to it.`,
  }),
} as const;
