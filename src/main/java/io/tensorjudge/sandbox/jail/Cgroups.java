package io.tensorjudge.sandbox.jail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One cgroup per worker, limiting memory, process count and CPU of the job's whole process tree (every process the
 * job forks stays in it). Cgroup v2 where this process may create children: its own cgroup when that is delegated
 * with the controllers enabled, else (as root) a {@code tensorjudge} cgroup under the root; cgroup v1 (memory, pids
 * and cpu hierarchies) where that is what the host has. CPU is limited when the cpu controller is available.
 */
final class Cgroups {
    private static final AtomicLong SEQ = new AtomicLong();
    static final long CPU_PERIOD_MICROS = 100_000;
    private final boolean v2;
    private final Path memoryParent;
    private final Path pidsParent;
    private final Optional<Path> cpuParent;

    private Cgroups(boolean v2, Path memoryParent, Path pidsParent, Optional<Path> cpuParent) {
        this.v2 = v2;
        this.memoryParent = memoryParent;
        this.pidsParent = pidsParent;
        this.cpuParent = cpuParent;
    }

    String describe() {
        return (v2 ? "cgroup v2 " : "cgroup v1 ") + memoryParent + " (memory, pids"
                + (cpuParent.isPresent() ? ", cpu)" : "; no cpu controller)");
    }

    /** Finds a cgroup under which we may create children; empty (with the reason) when there is none. */
    static Detection detect() {
        List<String> tried = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(Paths.get("/proc/self/cgroup"));
            Path root = Paths.get("/sys/fs/cgroup");
            if (Files.exists(root.resolve("cgroup.controllers"))) {
                for (String l : lines) {
                    if (l.startsWith("0::")) {
                        Path own = root.resolve(l.substring(3).replaceFirst("^/", ""));
                        Optional<Cgroups> c = v2Under(own, false, tried);
                        if (c.isEmpty() && !own.equals(root) && !UidPool.runningAsRoot()) {
                            // a delegated subtree (systemd Delegate=yes) whose top the server left for a leaf
                            c = v2Under(own.getParent(), false, tried);
                        } else if (c.isEmpty() && !own.equals(root)) {
                            // root on a systemd host: our own cgroup holds processes, so jobs go to a cgroup of
                            // their own under the root, where controllers may be enabled
                            c = v2Under(root.resolve("tensorjudge"), true, tried);
                        }
                        return new Detection(c, String.join("; ", tried));
                    }
                }
                return new Detection(Optional.empty(), "no cgroup v2 entry in /proc/self/cgroup");
            }
            Path memory = null;
            Path pids = null;
            Path cpu = null;
            for (String l : lines) {
                String[] parts = l.split(":", 3);
                if (parts.length < 3) {
                    continue;
                }
                String rel = parts[2].replaceFirst("^/", "");
                for (String c : parts[1].split(",")) {
                    switch (c) {
                        case "memory" -> memory = root.resolve("memory").resolve(rel);
                        case "pids" -> pids = root.resolve("pids").resolve(rel);
                        case "cpu" -> cpu = root.resolve("cpu").resolve(rel);
                        default -> { }
                    }
                }
            }
            if (memory == null || pids == null) {
                return new Detection(Optional.empty(), "cgroup v1 without the memory and pids controllers");
            }
            Optional<Path> cpuPath = cpu != null && Files.isWritable(cpu) ? Optional.of(cpu) : Optional.empty();
            return new Detection(probe(new Cgroups(false, memory, pids, cpuPath), tried),
                    String.join("; ", tried));
        } catch (IOException | RuntimeException e) {
            tried.add("cannot read the cgroup setup: " + e.getMessage());
            return new Detection(Optional.empty(), String.join("; ", tried));
        }
    }

    /** What detection found, and why each place was not usable. */
    record Detection(Optional<Cgroups> cgroups, String why) {
    }

    private static Optional<Cgroups> v2Under(Path parent, boolean create, List<String> tried) {
        try {
            if (create && !Files.isDirectory(parent)) {
                Files.createDirectory(parent);
            }
            String available = Files.readString(parent.resolve("cgroup.controllers"));
            if (!available.contains("memory") || !available.contains("pids")) {
                tried.add(parent + " has no memory+pids controllers (" + available.strip() + ")");
                return Optional.empty();
            }
            String enabled = Files.readString(parent.resolve("cgroup.subtree_control"));
            if (!enabled.contains("memory") || !enabled.contains("pids")
                    || (available.contains("cpu") && !enabled.contains("cpu"))) {
                // fails with EBUSY when the cgroup holds processes itself (the "no internal processes" rule)
                Files.writeString(parent.resolve("cgroup.subtree_control"),
                        "+memory +pids" + (available.contains("cpu") ? " +cpu" : ""));
                enabled = Files.readString(parent.resolve("cgroup.subtree_control"));
            }
            Optional<Path> cpu = enabled.contains("cpu") ? Optional.of(parent) : Optional.empty();
            return probe(new Cgroups(true, parent, parent, cpu), tried);
        } catch (IOException | RuntimeException e) {
            tried.add(parent + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Creates a group, puts a real process in it and removes it again. */
    private static Optional<Cgroups> probe(Cgroups c, List<String> tried) {
        Group g = null;
        Process p = null;
        try {
            g = c.create(64L << 20, 8, 1.0);
            p = new ProcessBuilder("/bin/sleep", "5").start();
            g.attach(p.pid());
            return Optional.of(c);
        } catch (IOException e) {
            tried.add("cannot create a cgroup under " + c.memoryParent + " (" + e.getClass().getSimpleName() + " "
                    + e.getMessage() + ")");
            return Optional.empty();
        } finally {
            if (p != null) {
                p.destroyForcibly();
                try {
                    p.waitFor(2, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (g != null) {
                g.destroy();
            }
        }
    }

    /** A job's group: {@code memoryBytes} for the tree (no swap), {@code maxPids} tasks, {@code cpus} cores. */
    Group create(long memoryBytes, int maxPids, double cpus) throws IOException {
        // the counter's identity too: a Quarkus test app loads this class again in the same JVM, with its own counter
        String name = "tensorjudge-" + ProcessHandle.current().pid() + "-" + Integer.toHexString(
                System.identityHashCode(SEQ)) + "-" + SEQ.incrementAndGet();
        Path mem = memoryParent.resolve(name);
        Path pid = pidsParent.resolve(name);
        Optional<Path> cpu = cpuParent.map(p -> p.resolve(name));
        List<Path> dirs = new ArrayList<>();
        try {
            for (Path d : new Path[] {mem, pid, cpu.orElse(mem)}) {
                if (!dirs.contains(d)) {
                    Files.createDirectory(d);
                    dirs.add(d);
                }
            }
            long quota = Math.max(1000, Math.round(cpus * CPU_PERIOD_MICROS));
            if (v2) {
                Files.writeString(mem.resolve("memory.max"), Long.toString(memoryBytes));
                writeIfExists(mem.resolve("memory.swap.max"), "0");
                Files.writeString(pid.resolve("pids.max"), Integer.toString(maxPids));
                if (cpu.isPresent()) {
                    Files.writeString(cpu.get().resolve("cpu.max"), quota + " " + CPU_PERIOD_MICROS);
                }
            } else {
                Files.writeString(mem.resolve("memory.limit_in_bytes"), Long.toString(memoryBytes));
                writeIfExists(mem.resolve("memory.memsw.limit_in_bytes"), Long.toString(memoryBytes));
                Files.writeString(pid.resolve("pids.max"), Integer.toString(maxPids));
                if (cpu.isPresent()) {
                    Files.writeString(cpu.get().resolve("cpu.cfs_period_us"), Long.toString(CPU_PERIOD_MICROS));
                    Files.writeString(cpu.get().resolve("cpu.cfs_quota_us"), Long.toString(quota));
                }
            }
        } catch (IOException e) {
            new Group(dirs, mem, v2).destroy();
            throw e;
        }
        return new Group(dirs, mem, v2);
    }

    private static void writeIfExists(Path p, String v) {
        try {
            if (Files.exists(p)) {
                Files.writeString(p, v);
            }
        } catch (IOException e) {
            // optional knob (swap accounting may be off)
        }
    }

    /** One worker's cgroup(s). */
    static final class Group {
        private final List<Path> dirs;
        private final Path memory;
        private final boolean v2;

        private Group(List<Path> dirs, Path memory, boolean v2) {
            this.dirs = dirs;
            this.memory = memory;
            this.v2 = v2;
        }

        /** Moves a process (and, for later forks, its children) into the group. */
        void attach(long pid) throws IOException {
            for (Path d : dirs) {
                Files.writeString(d.resolve("cgroup.procs"), Long.toString(pid));
            }
        }

        /** Processes still in the group (all of the job's tree, whatever it forked). */
        List<Long> processes() {
            List<Long> pids = new ArrayList<>();
            for (String line : read(memory.resolve("cgroup.procs")).split("\n")) {
                if (!line.isBlank()) {
                    pids.add(Long.parseLong(line.strip()));
                }
            }
            return pids;
        }

        boolean oomKilled() {
            String events = read(memory.resolve(v2 ? "memory.events" : "memory.oom_control"));
            for (String line : events.split("\n")) {
                if (line.startsWith("oom_kill ") && !line.endsWith(" 0")) {
                    return true;
                }
            }
            return false;
        }

        long peakBytes() {
            String s = read(memory.resolve(v2 ? "memory.peak" : "memory.max_usage_in_bytes")).strip();
            try {
                return s.isEmpty() ? 0 : Long.parseLong(s);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        /**
         * Kills whatever is left in the group (a child that left the sandbox's PID namespace cannot exist, but a
         * process the kernel has not reaped yet may), then removes the directories, retrying while it exits.
         */
        void destroy() {
            for (int i = 0; i < 50; i++) {
                List<Long> left = processes();
                if (left.isEmpty()) {
                    break;
                }
                left.forEach(p -> ProcessHandle.of(p).ifPresent(ProcessHandle::destroyForcibly));
                sleep(20);
            }
            for (Path d : dirs) {
                for (int i = 0; i < 50; i++) {
                    try {
                        Files.deleteIfExists(d);
                        break;
                    } catch (IOException e) {
                        sleep(20);
                    }
                }
            }
        }

        private static String read(Path p) {
            try {
                return Files.readString(p);
            } catch (IOException e) {
                return "";
            }
        }

        private static void sleep(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
