import { defineService } from "berth";

/**
 * A node monitoring agent on every EC2 instance of specs/gpu-cluster.ts: a DAEMON service in
 * host network mode that sees the instance's processes (`pidMode: "host"`) and reads its /proc
 * and /sys read-only through host bind mounts. No task-level cpu/memory: on EC2 the container's
 * own limits size the task. No `deploy` block: a daemon gets ECS's 0 % / 100 %.
 */
export default defineService({
  name: "node-agent",
  account: "123456789012",
  region: "us-east-1",
  cluster: "gpu-cluster",
  launchType: "EC2",
  scheduling: "DAEMON",
  networkMode: "host",
  pidMode: "host",
  volumes: [
    { name: "host_proc", type: "bind", hostPath: "/proc" },
    { name: "host_sys", type: "bind", hostPath: "/sys" },
    { name: "agent-state", type: "docker", scope: "shared", autoprovision: true, driver: "local", labels: { owner: "node-agent" } },
  ],
  container: {
    name: "node_exporter",
    image: "quay.io/prometheus/node-exporter:v1.8.2",
    command: ["--path.procfs=/host/proc", "--path.sysfs=/host/sys", "--collector.textfile.directory=/var/lib/agent"],
    port: 9100,
    cpu: 128,
    memory: 256,
    memoryReservation: 128,
    user: "65534:65534",
    // Reads other processes' /proc entries: SYS_PTRACE, and an init process to reap children.
    linuxParameters: { initProcessEnabled: true, capabilities: { add: ["SYS_PTRACE"], drop: ["NET_RAW"] } },
    ulimits: [{ name: "nofile", softLimit: 65536, hardLimit: 65536 }],
    dockerLabels: { "com.example.role": "node-agent" },
    mountPoints: [
      { volume: "host_proc", containerPath: "/host/proc", readOnly: true },
      { volume: "host_sys", containerPath: "/host/sys", readOnly: true },
      { volume: "agent-state", containerPath: "/var/lib/agent" },
    ],
  },
  tags: { team: "platform" },
});
