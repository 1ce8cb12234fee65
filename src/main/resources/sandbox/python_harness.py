# TensorJudge sandbox harness (runs INSIDE the sandbox, as an unprivileged user).
#
# It only loads the inputs, calls the candidate's function and writes the raw outputs; it never sees expected
# values, and the host parses everything it writes defensively, so a candidate who tampers with it can only hurt
# their own result. Protocol (little-endian): see WireFormat.java on the host.
import sys

# Started with -S: no site module, so no .pth hooks of the host run in here (and start-up is cheaper).
# Debian's dist-packages are added by hand, in site's order.
for _p in ('/usr/local/lib/python3.%d/dist-packages' % sys.version_info[1], '/usr/lib/python3/dist-packages',
           '/usr/lib/python3.%d/dist-packages' % sys.version_info[1]):
    if _p not in sys.path:
        sys.path.append(_p)

import io
import os
import resource
import types
import struct
import time
import traceback

import threading


class _Deferred(types.ModuleType):
    """Stands in for a NumPy subpackage until its first attribute is read, then imports it (thread-safe).

    Every worker is used once, and importing numpy.random, numpy.ma, numpy.polynomial and numpy.fft is about a
    quarter of the NumPy import, which most submissions never use; one that does pays for it on first use.
    """

    _lock = threading.RLock()

    def __getattr__(self, attr):
        return getattr(self._load(), attr)

    def _load(self):
        name = self.__name__
        with _Deferred._lock:
            real = sys.modules.get(name)
            if real is None or real is self:
                del sys.modules[name]
                __import__(name)
                real = sys.modules[name]
                parent, _, child = name.rpartition('.')
                setattr(sys.modules[parent], child, real)
        return real


for _name in ('numpy.random', 'numpy.ma', 'numpy.polynomial', 'numpy.fft'):
    sys.modules[_name] = _Deferred(_name)

import numpy as np  # imported before the job arrives: this is what makes a warm worker fast
import numpy.lib.format as npformat

_ARRAY_DTYPES = {np.dtype('<f8'), np.dtype('<f4'), np.dtype('<i8'), np.dtype('<i4'), np.dtype('|b1')}
_CASE_OK, _CASE_ERROR, _CASE_MEMORY, _CASE_OUTPUT = 0, 1, 2, 3
_SOURCE_NAME = 'solution.py'
_pack = struct.pack
_unpack = struct.unpack


class _OutputTooLarge(Exception):
    pass


def _read_exact(f, n):
    data = f.read(n)
    if data is None or len(data) != n:
        raise EOFError('job stream ended early')
    return data


def _read_u32(f):
    return _unpack('<I', _read_exact(f, 4))[0]


def _read_str(f):
    return _read_exact(f, _read_u32(f)).decode('utf-8', 'replace')


def _read_value(f):
    tag = _read_exact(f, 1)
    if tag == b'N':
        return None
    if tag == b'B':
        return _read_exact(f, 1) != b'\x00'
    if tag == b'I':
        return _unpack('<q', _read_exact(f, 8))[0]
    if tag == b'F':
        return _unpack('<d', _read_exact(f, 8))[0]
    if tag == b'A':
        raw = _read_exact(f, _read_u32(f))
        return np.array(npformat.read_array(io.BytesIO(raw), allow_pickle=False), copy=True)
    if tag in (b'L', b'T'):
        items = [_read_value(f) for _ in range(_read_u32(f))]
        return items if tag == b'L' else tuple(items)
    if tag == b'D':
        d = {}
        for _ in range(_read_u32(f)):
            k = _read_str(f)
            d[k] = _read_value(f)
        return d
    raise ValueError('bad value tag %r' % tag)


def _str_bytes(s):
    b = s.encode('utf-8', 'replace')
    return _pack('<I', len(b)) + b


class _Encoder:
    """Encodes a job's return values; counts array bytes and values (as the host's decoder does:
    SandboxLimits.maxResultValues) so a huge result is refused before it is copied."""

    def __init__(self, budget):
        self.budget = budget
        self.values_cap = max(4096, budget // 16)
        self.values = self.values_cap

    def _take(self, n):
        if n > self.values:
            raise _OutputTooLarge('the results have more than %d values' % self.values_cap)
        self.values -= n

    def encode(self, v, depth=0):
        if depth > 32:
            raise _OutputTooLarge('the results are nested deeper than 32 levels')
        self._take(1)
        t = type(v)
        if v is None:
            return b'N'
        if t is bool or t is np.bool_:
            return b'B' + (b'\x01' if v else b'\x00')
        if t is int:
            if not -(1 << 63) <= v < (1 << 63):
                raise TypeError('int return value out of 64-bit range')
            return b'I' + _pack('<q', v)
        if t is float:
            return b'F' + _pack('<d', v)
        if t is np.float64:
            return b'F' + _pack('<d', float(v))
        if isinstance(v, np.integer):
            return self.encode(int(v), depth)
        if isinstance(v, np.ndarray) or isinstance(v, np.generic):
            return self._array(v)
        if t is list or t is tuple:
            if len(v) > self.values:
                self._take(len(v))
            parts = [(b'L' if t is list else b'T') + _pack('<I', len(v))]
            parts.extend(self.encode(x, depth + 1) for x in v)
            return b''.join(parts)
        if t is dict:
            if 2 * len(v) > self.values:
                self._take(2 * len(v))
            parts = [b'D' + _pack('<I', len(v))]
            for k, x in v.items():
                if type(k) is not str:
                    raise TypeError('dict keys must be str, got %s' % type(k).__name__)
                self._take(1)
                parts.append(_str_bytes(k))
                parts.append(self.encode(x, depth + 1))
            return b''.join(parts)
        raise TypeError('unsupported return type %s (return numpy arrays, floats, tuples, lists or dicts)'
                        % t.__name__)

    def _array(self, v):
        # Only plain data leaves: subclasses, views and odd byte orders become a fresh little-endian C array.
        dtype = np.dtype(v.dtype)
        if dtype.newbyteorder('<') not in _ARRAY_DTYPES:
            raise TypeError('unsupported array dtype %s (use float64, int64 or bool)' % dtype)
        nbytes = int(np.prod(v.shape, dtype=np.int64)) * dtype.itemsize if v.ndim else dtype.itemsize
        if nbytes > self.budget:
            raise _OutputTooLarge('returned arrays exceed the output limit (%d bytes)' % nbytes)
        self.budget -= nbytes
        a = np.array(v, dtype=dtype.newbyteorder('<'), order='C', copy=True, subok=False)
        buf = io.BytesIO()
        npformat.write_array(buf, a, allow_pickle=False)
        raw = buf.getvalue()
        return b'A' + _pack('<I', len(raw)) + raw


def _candidate_traceback(exc):
    """Message plus only the frames that belong to the submission."""
    frames = [fr for fr in traceback.extract_tb(exc.__traceback__) if fr.filename == _SOURCE_NAME]
    text = ''.join(traceback.format_list(frames))
    msg = ''.join(traceback.format_exception_only(type(exc), exc)).strip()
    out = (('Traceback (submission frames):\n' + text) if text else '') + msg
    return out[-4000:]


class _Channel:
    def __init__(self, fd):
        self.fd = fd

    def send(self, data):
        view = memoryview(data)
        while view:
            n = os.write(self.fd, view)
            view = view[n:]


def _read_batch(f):
    """Cases of one phase; an empty batch at the end of the stream."""
    head = f.read(4)
    if not head:
        return []
    if len(head) != 4:
        raise EOFError('job stream ended early')
    cases = []
    for _ in range(_unpack('<I', head)[0]):
        name = _read_str(f)
        cases.append((name, _read_value(f)))
    return cases


def _limit_cpu(cpu_seconds):
    """CPU time for one phase: what was used so far plus the job's limit (below the hard limit set outside)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    want = int(time.process_time()) + 1 + max(1, cpu_seconds)
    if hard != resource.RLIM_INFINITY:
        want = min(want, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (want, hard))


_UNLIMITED = float('inf')


def _snapshot(args):
    """Encoded copies of the mutable arguments (None for immutable ones), to detect changes made in place."""
    snaps = []
    for a in args:
        if a is None or type(a) in (bool, int, float):
            snaps.append(None)
            continue
        try:
            snaps.append(_Encoder(_UNLIMITED).encode(a))
        except Exception:
            snaps.append(None)
    return snaps


def _modified(args, snaps, encoder):
    """'u32 m, m x (u32 index, value after)' for the arguments the call changed in place."""
    changed = []
    for i, a in enumerate(args):
        if snaps[i] is None:
            continue
        try:
            after = _Encoder(_UNLIMITED).encode(a)
        except Exception:
            after = None
        if after != snaps[i]:
            try:
                changed.append(_pack('<I', i) + encoder.encode(a))
            except _OutputTooLarge:
                raise
            except Exception:
                changed.append(_pack('<I', i) + b'N')
    return _pack('<I', len(changed)) + b''.join(changed)


def _run_cases(channel, fn, cases, encoder, stdout_path, stdout_cap):
    for name, args in cases:
        start = time.perf_counter()
        try:
            snaps = _snapshot(args)
            start = time.perf_counter()
            value = fn(*args)
            micros = int((time.perf_counter() - start) * 1e6)
            payload = encoder.encode(value) + _modified(args, snaps, encoder)
            frame = _pack('<BQ', _CASE_OK, micros) + payload
        except _OutputTooLarge as e:
            frame = _pack('<BQ', _CASE_OUTPUT, 0) + _str_bytes(str(e))
        except MemoryError as e:
            micros = int((time.perf_counter() - start) * 1e6)
            frame = _pack('<BQ', _CASE_MEMORY, micros) + _str_bytes(_candidate_traceback(e))
        except BaseException as e:  # SystemExit and KeyboardInterrupt are the candidate's failure too
            micros = int((time.perf_counter() - start) * 1e6)
            frame = _pack('<BQ', _CASE_ERROR, micros) + _str_bytes(_candidate_traceback(e))
        if stdout_path is not None:
            try:
                sys.stdout.flush()
            except BaseException:
                pass
            if os.stat(stdout_path).st_size > stdout_cap:
                frame = _pack('<BQ', _CASE_OUTPUT, 0) + _str_bytes('printed more than %d bytes' % stdout_cap)
        channel.send(b'K' + _str_bytes(name) + frame)


def _end_phase_one(channel, stdout_path, stdout_cap, marker):
    """Sends what the candidate printed so far; from here on, the host keeps nothing it prints."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass
    try:
        os.write(2, marker)
    except OSError:
        pass
    with open(stdout_path, 'rb') as f:
        data = f.read(stdout_cap + 1)
    channel.send(b'P' + _pack('<I', min(len(data), stdout_cap)) + data[:stdout_cap]
                 + (b'\x01' if len(data) > stdout_cap else b'\x00'))
    # Output of the hidden phase is discarded by the host anyway; /dev/null spares the tmpfs and the pipe.
    devnull = os.open('/dev/null', os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)


def main():
    # Private copy of the result channel; the candidate's fd 1 goes to a file in the sandbox's own tmpfs.
    channel = _Channel(os.dup(1))
    stdout_path = '/tmp/.stdout'
    out_fd = os.open(stdout_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(out_fd, 1)
    os.close(out_fd)
    sys.stdout = open(1, 'w', buffering=1, encoding='utf-8', errors='replace', closefd=False)

    # Warm-up: touch the code paths a job will use so their first use is cheap.
    _Encoder(1 << 20).encode((np.ones((2, 2)), 1.0))
    channel.send(b'R')

    stdin = sys.stdin.buffer
    cpu_seconds, memory_bytes, stdout_cap, result_cap = _unpack('<qqqq', _read_exact(stdin, 32))
    marker = _read_exact(stdin, _read_u32(stdin))
    source = _read_exact(stdin, _read_u32(stdin))
    entry = _read_str(stdin)
    visible = _read_batch(stdin)

    _limit_cpu(cpu_seconds)
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if memory_bytes > 0 and (soft == resource.RLIM_INFINITY or memory_bytes < soft):
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, hard))

    # Load the submission as module `solution`.
    module = types.ModuleType('solution')
    module.__file__ = _SOURCE_NAME
    sys.modules['solution'] = module
    try:
        code = compile(source, _SOURCE_NAME, 'exec')
        exec(code, module.__dict__)
        fn = module.__dict__.get(entry)
        if not callable(fn):
            raise ImportError('the submission does not define a function named %r' % entry)
    except (SyntaxError, ImportError, ValueError, UnicodeDecodeError) as e:
        # ValueError: compile() rejects sources with NUL bytes.
        channel.send(b'C' + b'\x01' + _str_bytes(_candidate_traceback(e)))
        _end_phase_one(channel, stdout_path, stdout_cap, marker)
        return _finish(channel)
    except BaseException as e:
        channel.send(b'C' + b'\x02' + _str_bytes(_candidate_traceback(e)))
        _end_phase_one(channel, stdout_path, stdout_cap, marker)
        return _finish(channel)
    channel.send(b'C' + b'\x00' + _str_bytes(''))

    encoder = _Encoder(result_cap)
    _run_cases(channel, fn, visible, encoder, stdout_path, stdout_cap)
    _end_phase_one(channel, stdout_path, stdout_cap, marker)
    # Phase 2: the hidden cases' inputs arrive only now.
    hidden = _read_batch(stdin)
    if hidden:
        _limit_cpu(cpu_seconds)
        _run_cases(channel, fn, hidden, encoder, None, stdout_cap)
    return _finish(channel)


def _finish(channel):
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu_micros = int((usage.ru_utime + usage.ru_stime) * 1e6)
    channel.send(b'Z' + _pack('<QQ', cpu_micros, usage.ru_maxrss * 1024))
    os._exit(0)


if __name__ == '__main__':
    main()
