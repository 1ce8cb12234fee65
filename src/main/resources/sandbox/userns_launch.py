"""Starts the fork server's template in a user namespace of its own (runs on the HOST, as root, before bwrap).

argv: <template uid> <first sandbox uid> <sandbox uid count> -- <bwrap argv...>

Inside the namespace, uid/gid 0 is the template's host uid and the other sandbox uids map to themselves; nothing
else of the host is mapped (not host root). Only a process with CAP_SETUID in the parent namespace may write such a
map, so a helper child that stays on the host writes it for us after we unshared; we then become the namespace's
root (host uid: the template's) and exec bwrap, whose capabilities reach no further than this namespace.
"""
import ctypes
import os
import sys

CLONE_NEWUSER = 0x10000000


def _map(template, base, count):
    lines = ['0 %d 1' % template]
    if template > base:
        lines.append('%d %d %d' % (base, base, template - base))
    if template + 1 < base + count:
        lines.append('%d %d %d' % (template + 1, template + 1, base + count - template - 1))
    return ('\n'.join(lines) + '\n').encode()


def main():
    template, base, count = (int(a) for a in sys.argv[1:4])
    if sys.argv[4] != '--' or not base <= template < base + count:
        sys.exit('usage: userns_launch.py TEMPLATE_UID BASE COUNT -- BWRAP_ARGV...')
    mapping = _map(template, base, count)
    parent = os.getpid()
    r, w = os.pipe()
    helper = os.fork()
    if helper == 0:
        os.close(w)
        if os.read(r, 1) != b'u':
            os._exit(1)
        for name in ('uid_map', 'gid_map'):
            with open('/proc/%d/%s' % (parent, name), 'wb') as f:
                f.write(mapping)
        os._exit(0)
    os.close(r)
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(CLONE_NEWUSER) != 0:
        sys.exit('unshare(CLONE_NEWUSER): ' + os.strerror(ctypes.get_errno()))
    os.write(w, b'u')
    os.close(w)
    if os.waitpid(helper, 0)[1] != 0:
        sys.exit('could not write the user namespace map')
    os.setgroups([])
    os.setresgid(0, 0, 0)
    os.setresuid(0, 0, 0)
    os.execv(sys.argv[5], sys.argv[5:])


if __name__ == '__main__':
    main()
