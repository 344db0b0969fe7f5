# case: a jit function that applies a /24 netmask to integer IPv4 addresses with bitwise_and and flags flows whose source lies in a watched subnet -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

NETMASK_24 = 0xFFFFFF00
WATCHED_SUBNETS = (0x0A000100, 0xC0A80A00)  # 10.0.1.0/24, 192.168.10.0/24


@ms.jit
def flag_watched_subnets(src_ips, bytes_sent):
    mask = ops.full_like(src_ips, NETMASK_24)
    network = ops.bitwise_and(src_ips, mask)
    hits = ops.zeros_like(bytes_sent)
    for subnet in WATCHED_SUBNETS:
        hits = hits + (network == subnet).astype(ms.float32)
    flagged = hits > 0
    watched_bytes = (bytes_sent * flagged.astype(ms.float32)).sum()
    return flagged, watched_bytes


def make():
    np.random.seed(22)
    ips = np.array([0x0A000105, 0x0A000203, 0xC0A80A11, 0x08080808, 0x0A0001FE, 0xC0A80B01],
                   dtype=np.int64)
    bytes_sent = Tensor(np.random.randint(100, 9000, size=(6,)).astype(np.float32))
    return flag_watched_subnets, (Tensor(ips), bytes_sent)
