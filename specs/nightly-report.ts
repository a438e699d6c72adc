import { defineTask, secretsManager } from "berth";

/**
 * A nightly batch job: EventBridge Scheduler starts it at 03:00 Berlin time (following daylight
 * saving time) within a 15-minute window. A start that fails is retried twice, then parked in a
 * dead-letter queue. The job reads the reporting database password and writes its report to S3.
 */
export default defineTask({
  name: "nightly-report",
  account: "123456789012",
  region: "eu-central-1",
  // The eu-central-1 cluster named prod-cluster, not the us-east-1 one specs/prod-cluster.ts defines.
  cluster: "arn:aws:ecs:eu-central-1:123456789012:cluster/prod-cluster",
  cpu: 1024,
  memory: 2048,
  container: {
    name: "report",
    image: "123456789012.dkr.ecr.eu-central-1.amazonaws.com/nightly-report:2.3.0",
    command: ["node", "dist/report.js", "--since", "24h"],
    environment: { REPORT_BUCKET: "acme-reports-prod", REPORT_PREFIX: "nightly/" },
    secrets: {
      DB_PASSWORD: secretsManager("arn:aws:secretsmanager:eu-central-1:123456789012:secret:prod/reporting/db-password"),
    },
  },
  network: {
    vpc: "vpc-0a1b2c3d4e5f60718",
    subnets: ["subnet-0a1b2c3d4e5f60718", "subnet-4e5f6a7b8c9d0e1f2"],
  },
  taskRole: {
    statements: [{ actions: ["s3:PutObject"], resources: ["arn:aws:s3:::acme-reports-prod/nightly/*"] }],
  },
  schedule: {
    expression: "cron(0 3 * * ? *)",
    timezone: "Europe/Berlin",
    flexibleWindowMinutes: 15,
    retry: { maximumAttempts: 2, maximumEventAgeSeconds: 3600 },
    deadLetterQueue: "arn:aws:sqs:eu-central-1:123456789012:nightly-report-dlq",
  },
  tags: { team: "analytics", job: "nightly-report" },
});
