package io.tensorjudge.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-worker cgroups for memory and pids, when the host lets this process create them (cgroup v2, or v1 memory and
 * pids controllers). Without one, the rlimits set inside the sandbox are the only bounds.
 */
final class Cgroups {
    private static final AtomicLong SEQ = new AtomicLong();
    private final boolean v2;
    private final Path memoryParent;
    private final Path pidsParent;

    private Cgroups(boolean v2, Path memoryParent, Path pidsParent) {
        this.v2 = v2;
        this.memoryParent = memoryParent;
        this.pidsParent = pidsParent;
    }

    String describe() {
        return (v2 ? "cgroup v2 " : "cgroup v1 ") + memoryParent;
    }

    /** Finds a cgroup under which we may create children, or empty (then only rlimits apply). */
    static Optional<Cgroups> detect() {
        try {
            List<String> lines = Files.readAllLines(Paths.get("/proc/self/cgroup"));
            Path root = Paths.get("/sys/fs/cgroup");
            if (Files.exists(root.resolve("cgroup.controllers"))) {
                for (String l : lines) {
                    if (l.startsWith("0::")) {
                        Path own = root.resolve(l.substring(3).replaceFirst("^/", ""));
                        String controllers = Files.readString(own.resolve("cgroup.subtree_control"));
                        if (controllers.contains("memory") && controllers.contains("pids")) {
                            return probe(new Cgroups(true, own, own));
                        }
                    }
                }
                return Optional.empty();
            }
            Path memory = null;
            Path pids = null;
            for (String l : lines) {
                String[] parts = l.split(":", 3);
                if (parts.length < 3) {
                    continue;
                }
                for (String c : parts[1].split(",")) {
                    String rel = parts[2].replaceFirst("^/", "");
                    if (c.equals("memory")) {
                        memory = root.resolve("memory").resolve(rel);
                    } else if (c.equals("pids")) {
                        pids = root.resolve("pids").resolve(rel);
                    }
                }
            }
            if (memory != null && pids != null) {
                return probe(new Cgroups(false, memory, pids));
            }
        } catch (IOException | RuntimeException e) {
            // no usable cgroup
        }
        return Optional.empty();
    }

    private static Optional<Cgroups> probe(Cgroups c) {
        try {
            Group g = c.create(64L << 20, 8);
            g.destroy();
            return Optional.of(c);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    Group create(long memoryBytes, int maxPids) throws IOException {
        String name = "tensorjudge-" + ProcessHandle.current().pid() + "-" + SEQ.incrementAndGet();
        Path mem = memoryParent.resolve(name);
        Path pid = pidsParent.resolve(name);
        List<Path> dirs = new ArrayList<>();
        try {
            Files.createDirectory(mem);
            dirs.add(mem);
            if (!pid.equals(mem)) {
                Files.createDirectory(pid);
                dirs.add(pid);
            }
            if (v2) {
                Files.writeString(mem.resolve("memory.max"), Long.toString(memoryBytes));
                writeIfExists(mem.resolve("memory.swap.max"), "0");
                Files.writeString(pid.resolve("pids.max"), Integer.toString(maxPids));
            } else {
                Files.writeString(mem.resolve("memory.limit_in_bytes"), Long.toString(memoryBytes));
                writeIfExists(mem.resolve("memory.memsw.limit_in_bytes"), Long.toString(memoryBytes));
                Files.writeString(pid.resolve("pids.max"), Integer.toString(maxPids));
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

        /** Removes the directories; the processes must already be dead (retries while the kernel reaps them). */
        void destroy() {
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
