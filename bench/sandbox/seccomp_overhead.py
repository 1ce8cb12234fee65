"""Per-job cost of the seccomp filter: the same bwrap sandbox with and without `--seccomp`, runs interleaved.

Usage (repository root): /usr/bin/python3 bench/sandbox/seccomp_overhead.py [runs]   (results: docs/benchmarks.md)
Measures (1) a cold job start, bwrap + `python3 -c "import numpy"` (the filter is loaded once per job), and
(2) a syscall-heavy job, 200,000 stat() calls inside the sandbox (every call runs through the filter).
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 30
HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "../../src/main/resources/sandbox/seccomp_filter.py")
BWRAP = ["/usr/bin/bwrap", "--unshare-all", "--unshare-user", "--die-with-parent", "--new-session",
         "--disable-userns", "--cap-drop", "ALL", "--ro-bind", "/usr", "/usr", "--ro-bind-try", "/lib", "/lib",
         "--ro-bind-try", "/lib64", "/lib64", "--ro-bind-try", "/bin", "/bin",
         "--ro-bind-try", "/etc/alternatives", "/etc/alternatives", "--ro-bind-try", "/etc/ld.so.cache",
         "/etc/ld.so.cache", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
JOBS = {
    "cold job: import numpy": ["/usr/bin/python3", "-I", "-c", "import numpy"],
    "200k stat() calls": ["/usr/bin/python3", "-I", "-S", "-c",
                          "import os\nfor _ in range(200000): os.stat('/')"],
}


def timed(argv, bpf):
    start = time.perf_counter()
    if bpf is None:
        subprocess.run(argv, check=True)
    else:
        with open(bpf, "rb") as f:
            subprocess.run(argv[:len(BWRAP)] + ["--seccomp", str(f.fileno())] + argv[len(BWRAP):], check=True,
                           pass_fds=(f.fileno(),))
    return (time.perf_counter() - start) * 1000


def main():
    bpf = os.path.join(tempfile.mkdtemp(), "seccomp.bpf")
    subprocess.run(["/usr/bin/python3", "-I", GENERATOR, bpf], check=True)
    print(f"filter: {os.path.getsize(bpf) // 8} BPF instructions; {RUNS} runs each, interleaved")
    print("| job | without filter p50 ms | with filter p50 ms | difference ms | ratio |")
    print("|---|---|---|---|---|")
    for name, cmd in JOBS.items():
        without, with_ = [], []
        for _ in range(RUNS):
            without.append(timed(BWRAP + cmd, None))
            with_.append(timed(BWRAP + cmd, bpf))
        a, b = statistics.median(without), statistics.median(with_)
        print(f"| {name} | {a:.1f} | {b:.1f} | {b - a:+.1f} | {b / a:.3f} |")


if __name__ == "__main__":
    main()
