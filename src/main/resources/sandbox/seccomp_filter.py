"""Writes the sandbox's seccomp filter, compiled to BPF by libseccomp, to argv[1] (runs on the host, at start-up).

A deny list: everything else is allowed, because NumPy, OpenBLAS, the JVM and javac need a wide, changing set of
calls, while these are kernel attack surface or host administration that no grading job needs. Denied calls fail
with EPERM (clone3 with ENOSYS, so that glibc falls back to clone, whose flags a filter can read), and so does any
call through a non-native ABI (i386 int 0x80, x32). Changing this list changes docs/sandbox.md ("Syscall filter").
"""
import errno
import sys

import seccomp

DENY = [
    # kernel attack surface
    "io_uring_setup", "io_uring_enter", "io_uring_register", "userfaultfd", "perf_event_open", "bpf",
    "add_key", "request_key", "keyctl",
    # other processes and their memory
    "ptrace", "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_getfd",
    # mounts and namespaces: bwrap has built the jail already
    "mount", "umount2", "pivot_root", "move_mount", "open_tree", "fsopen", "fsconfig", "fsmount", "fspick",
    "mount_setattr", "unshare", "setns", "chroot", "open_by_handle_at", "name_to_handle_at",
    # host administration
    "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module", "acct", "swapon", "swapoff",
    "reboot", "settimeofday", "clock_settime", "clock_adjtime", "adjtimex", "syslog", "quotactl", "iopl", "ioperm",
    "uselib", "vhangup", "lookup_dcookie",
]
# CLONE_NEWNS, CLONE_NEWCGROUP, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET
CLONE_NAMESPACE_FLAGS = [0x00020000, 0x02000000, 0x04000000, 0x08000000, 0x10000000, 0x20000000, 0x40000000]


def build():
    f = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
    f.set_attr(seccomp.Attr.ACT_BADARCH, seccomp.ERRNO(errno.EPERM))
    for name in DENY:
        f.add_rule(seccomp.ERRNO(errno.EPERM), name)
    for flag in CLONE_NAMESPACE_FLAGS:
        f.add_rule(seccomp.ERRNO(errno.EPERM), "clone", seccomp.Arg(0, seccomp.MASKED_EQ, flag, flag))
    f.add_rule(seccomp.ERRNO(errno.ENOSYS), "clone3")
    # personality: only the default (0) and the query (0xffffffff). libseccomp takes one condition per argument in
    # a rule, so "neither 0 nor all ones" is written as "two cyclically neighbouring bits of the low 32 differ",
    # which holds exactly for every other 32-bit value; anything wider is denied as well.
    for i in range(32):
        lo, hi = 1 << i, 1 << ((i + 1) % 32)
        for value in (lo, hi):
            f.add_rule(seccomp.ERRNO(errno.EPERM), "personality", seccomp.Arg(0, seccomp.MASKED_EQ, lo | hi, value))
    f.add_rule(seccomp.ERRNO(errno.EPERM), "personality", seccomp.Arg(0, seccomp.GT, 0xffffffff))
    return f


if __name__ == "__main__":
    with open(sys.argv[1], "wb") as out:
        build().export_bpf(out)
