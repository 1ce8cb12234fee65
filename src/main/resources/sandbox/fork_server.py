# TensorJudge fork server: the template (runs INSIDE its own bwrap jail, as root of a user namespace that maps only
# the sandbox uids; see userns_launch.py). It never runs candidate code and never receives a job's data: it imports
# NumPy and the harness once, and for each job forks a child that, before any of the candidate's bytes exist in it,
# becomes PID 1 of a new PID namespace with new mount, network, IPC and UTS namespaces, fresh tmpfs mounts and
# /proc, connects to the host's job socket, drops to the job's uid with no capabilities, sets the rlimits, loads the
# seccomp filter and only then runs the harness, which reads the job from that socket. docs/sandbox.md, "Fork server".
#
# Control lines, host -> template on fd 0: "J id uid token as nproc fsize nofile cpu tmpfs" (fork a job), "K id"
# (kill it); template -> host on fd 1: "T pid" (ready), "F id pid" (forked), "X id status" (ended; 128 + signal).
import ctypes
import os
import resource
import select
import signal
import socket
import sys
import traceback

for _pair in sys.argv[1:]:  # the jobs' fixed environment; set before NumPy reads the thread counts
    _key, _, _value = _pair.partition('=')
    os.environ[_key] = _value
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import harness  # noqa: E402  (imports NumPy)
import seccomp_filter  # noqa: E402

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x20000, 0x4000000, 0x8000000
CLONE_NEWPID, CLONE_NEWNET = 0x20000000, 0x40000000
MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REC, MS_PRIVATE = 2, 4, 8, 1 << 14, 1 << 18
MNT_DETACH = 2
PR_SET_DUMPABLE, PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS, PR_CAP_AMBIENT = 4, 24, 38, 47
PR_CAP_AMBIENT_CLEAR_ALL = 4
SOCKET_DIR = '/run/jobs'
_libc = ctypes.CDLL(None, use_errno=True)
_KEEP = (sys.stdin, sys.stdout, sys.stderr)  # never collected: they own fds 0-2, which a job reuses


def _check(ret, what):
    if ret != 0:
        err = ctypes.get_errno()
        raise OSError(err, '%s: %s' % (what, os.strerror(err)))


def _prctl(option, arg):
    _check(_libc.prctl(option, ctypes.c_ulong(arg), ctypes.c_ulong(0), ctypes.c_ulong(0), ctypes.c_ulong(0)),
           'prctl %d' % option)


def _mount(source, target, fstype, flags, data=None):
    enc = (lambda s: None if s is None else s.encode())
    _check(_libc.mount(enc(source), target.encode(), enc(fstype), ctypes.c_ulong(flags), enc(data)),
           'mount ' + target)


class _CapHeader(ctypes.Structure):
    _fields_ = [('version', ctypes.c_uint32), ('pid', ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [('effective', ctypes.c_uint32), ('permitted', ctypes.c_uint32), ('inheritable', ctypes.c_uint32)]


def _connect(token, kind):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(SOCKET_DIR + '/s')
    s.sendall(token + kind)
    return s.detach()  # a plain fd: no socket object may close it later


def _stdio():
    """Fresh stdio objects over the job's fds 0-2 (nothing buffered by the template comes along)."""
    sys.stdin = sys.__stdin__ = open(0, 'r', encoding='utf-8', errors='replace', closefd=False)
    sys.stdout = sys.__stdout__ = open(1, 'w', encoding='utf-8', errors='replace', closefd=False)
    sys.stderr = sys.__stderr__ = open(2, 'w', buffering=1, encoding='utf-8', errors='backslashreplace',
                                       closefd=False)


def _become_job(uid, token, limits, syscall_filter):
    """In the forked child, PID 1 of its own PID namespace; still the template's credentials until the uid switch."""
    as_bytes, nproc, fsize, nofile, cpu, tmpfs = limits
    _check(_libc.unshare(CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS), 'unshare')
    os.setsid()  # a session and process group of its own: kill(0) and kill(-pgid) reach only the job
    _mount(None, '/', None, MS_REC | MS_PRIVATE)  # nothing mounted here reaches the template
    for d in ('/tmp', '/work', '/dev/shm'):
        _mount('tmpfs', d, 'tmpfs', MS_NOSUID | MS_NODEV, 'size=%d,mode=0755,uid=%d,gid=%d' % (tmpfs, uid, uid))
    _mount('proc', '/proc', 'proc', MS_NOSUID | MS_NODEV | MS_NOEXEC)  # shows this job's PID namespace only
    io_fd, err_fd = _connect(token, b'i'), _connect(token, b'e')
    _check(_libc.umount2(SOCKET_DIR.encode(), MNT_DETACH), 'umount ' + SOCKET_DIR)
    os.dup2(io_fd, 0)
    os.dup2(io_fd, 1)
    os.dup2(err_fd, 2)
    os.closerange(3, 1 << 20)  # the template's control pipes, the PID namespace fd, the sockets' first fds
    with open('/proc/sys/kernel/cap_last_cap') as f:
        last_cap = int(f.read())
    for cap in range(last_cap + 1):
        _prctl(PR_CAPBSET_DROP, cap)
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)  # leaving uid 0 clears the permitted, effective and ambient capabilities
    _check(_libc.capset(ctypes.byref(_CapHeader(0x20080522, 0)), (_CapData * 2)()), 'capset')  # and inheritable
    _prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL)
    _prctl(PR_SET_DUMPABLE, 1)  # like a bwrap job: its own /proc entries stay its own (ptrace is filtered anyway)
    _prctl(PR_SET_NO_NEW_PRIVS, 1)
    for res, value in ((resource.RLIMIT_AS, as_bytes), (resource.RLIMIT_NPROC, nproc),
                       (resource.RLIMIT_FSIZE, fsize), (resource.RLIMIT_NOFILE, nofile), (resource.RLIMIT_CORE, 0)):
        resource.setrlimit(res, (value, value))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    os.chdir('/work')
    _stdio()
    harness.np.random.seed()  # the global generator was seeded once in the template: every job draws its own
    syscall_filter.load()


def _job(uid, token, limits, syscall_filter):
    try:
        _become_job(uid, token, limits, syscall_filter)
    except BaseException:
        traceback.print_exc()  # to the template's stderr (the host logs it) or, once swapped, the job's
        os._exit(71)
    try:
        harness.main()  # exits by itself after its last frame
    except BaseException:
        traceback.print_exc()
    os._exit(1)  # never back into the template's loop


def _status(wait_status):
    code = os.waitstatus_to_exitcode(wait_status)
    return 128 - code if code < 0 else code


def main():
    _prctl(PR_SET_DUMPABLE, 0)  # no ptrace or /proc/<pid>/mem of the template, even for its own uid
    for module in list(sys.modules.values()):
        if isinstance(module, harness._Deferred):
            module._load()  # import once here: every job shares the pages
    harness._Encoder(1 << 20).encode((harness.np.ones((2, 2)), 1.0))
    syscall_filter = seccomp_filter.build()
    own_pid_ns = os.open('/proc/self/ns/pid', os.O_RDONLY)
    jobs = {}  # pidfd -> (job id, pid)
    ids = {}  # job id -> pidfd
    poll = select.poll()
    poll.register(0, select.POLLIN)
    out = (lambda line: os.write(1, line.encode() + b'\n'))
    out('T %d' % os.getpid())
    pending = b''
    while True:
        for fd, _ in poll.poll():
            if fd != 0:
                job_id, pid = jobs.pop(fd)
                del ids[job_id]
                poll.unregister(fd)
                os.close(fd)
                out('X %s %d' % (job_id, _status(os.waitpid(pid, 0)[1])))
                continue
            data = os.read(0, 4096)
            if not data:  # the host is gone: so are the jobs
                for pidfd in jobs:
                    signal.pidfd_send_signal(pidfd, signal.SIGKILL)
                os._exit(0)
            pending += data
            while b'\n' in pending:
                line, pending = pending.split(b'\n', 1)
                words = line.decode().split()
                if words[0] == 'K' and words[1] in ids:
                    signal.pidfd_send_signal(ids[words[1]], signal.SIGKILL)
                elif words[0] == 'J':
                    job_id, uid, token, limits = words[1], int(words[2]), words[3].encode(), [int(w) for w in words[4:]]
                    sys.stderr.flush()
                    pid = -1
                    try:
                        _check(_libc.unshare(CLONE_NEWPID), 'unshare')  # for the next child only
                        pid = os.fork()
                    except OSError:
                        traceback.print_exc()
                    finally:
                        if pid != 0:  # back to our own PID namespace for the children after it
                            _check(_libc.setns(own_pid_ns, CLONE_NEWPID), 'setns')
                    if pid == 0:
                        _job(uid, token, limits, syscall_filter)
                    if pid < 0:
                        out('X %s 255' % job_id)
                        continue
                    pidfd = os.pidfd_open(pid)
                    jobs[pidfd] = (job_id, pid)
                    ids[job_id] = pidfd
                    poll.register(pidfd, select.POLLIN)
                    out('F %s %d' % (job_id, pid))


if __name__ == '__main__':
    main()
