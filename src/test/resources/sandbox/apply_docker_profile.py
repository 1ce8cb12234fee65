"""Test helper: loads a Docker-format seccomp profile with libseccomp, as a container runtime would, then execs argv.
Usage: python3 -I apply_docker_profile.py PROFILE.json CMD [ARGS...]
Names libseccomp does not know on this architecture are skipped, as runc does.
"""
import os
import sys
import json
import seccomp


def action(name, errno_ret):
    return {"SCMP_ACT_ALLOW": seccomp.ALLOW, "SCMP_ACT_ERRNO": seccomp.ERRNO(errno_ret),
            "SCMP_ACT_KILL": seccomp.KILL}[name]


profile = json.load(open(sys.argv[1]))
f = seccomp.SyscallFilter(defaction=action(profile["defaultAction"], profile.get("defaultErrnoRet", 1)))
f.set_attr(seccomp.Attr.ACT_BADARCH, seccomp.ERRNO(1))
for rule in profile["syscalls"]:
    for name in rule["names"]:
        try:
            f.add_rule(action(rule["action"], rule.get("errnoRet", 1)), name)
        except (RuntimeError, ValueError):
            pass  # not a syscall on this architecture
f.load()
os.execv(sys.argv[2], sys.argv[2:])
