# case: multi-hop neighbourhood sampling that grows a visited id list with concat inside a while loop on a tensor condition -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KHopSubgraphEncoder(nn.Cell):
    """Expands the seed set hop by hop (fixed fan-out of 1 neighbour) and averages the sampled nodes."""

    def __init__(self, dim=4, max_hops=3):
        super().__init__()
        self.max_hops = max_hops
        self.readout = nn.Dense(dim, dim)

    def next_hop(self, neighbor_table, frontier):
        return ops.gather(neighbor_table, frontier, 0)[:, 0]

    def construct(self, features, neighbor_table, seeds, hops):
        visited = seeds
        frontier = seeds
        hop = Tensor(0, ms.int32)
        while hop < hops:
            frontier = self.next_hop(neighbor_table, frontier)
            visited = ops.concat((visited, frontier))
            hop = hop + 1
        sub = ops.gather(features, visited, 0)
        return self.readout(sub.mean(0, keepdim=True))


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(6, 4).astype(np.float32))
    table = Tensor(np.random.randint(0, 6, size=(6, 3)).astype(np.int32))
    seeds = Tensor(np.array([0, 3], dtype=np.int32))
    return KHopSubgraphEncoder(), (feats, table, seeds, Tensor(2, ms.int32))
