# case: a jit function that masks source IPs to /16 networks, takes ops.unique of the networks and returns per-network flow counts -> unique output size depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

NETMASK_16 = 0xFFFF0000


@ms.jit
def flows_per_network(src_ips):
    network = ops.bitwise_and(src_ips, ops.full_like(src_ips, NETMASK_16))
    nets, inverse = ops.unique(network)
    counts = ops.unsorted_segment_sum(ops.ones_like(inverse), inverse, nets.shape[0])
    busiest = counts.argmax()
    return nets, counts, nets[busiest]


def make():
    np.random.seed(23)
    base = np.array([0x0A000000, 0xC0A80000, 0xAC100000], dtype=np.int64)
    ips = base[np.random.randint(0, 3, size=(14,))] + np.random.randint(0, 65535, size=(14,))
    return flows_per_network, (Tensor(ips.astype(np.int64)),)
