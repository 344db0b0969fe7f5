# case: k-hop subgraph mask built with a for loop over range(config.num_hops) of dense frontier expansions, mask applied by multiplication -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class SubgraphConfig:
    num_hops: int = 2
    hidden: int = 16
    relabel_nodes: bool = False


def k_hop_mask(adj, seed_mask, num_hops):
    mask = seed_mask
    for _ in range(num_hops):
        reached = ops.matmul(adj.T, mask)
        mask = ops.clamp(mask + reached, max=1.0)
    return mask


class SubgraphPool(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_hops = config.num_hops
        self.lin = nn.Dense(config.hidden, config.hidden)

    def construct(self, adj, x, seed_mask):
        mask = k_hop_mask(adj, seed_mask, self.num_hops)
        h = ops.relu(self.lin(x)) * mask[:, None]
        count = mask.sum()
        return h.sum(0) / ops.maximum(count, ops.ones_like(count)), mask


def make():
    np.random.seed(3454)
    n = 12
    adj = (np.random.rand(n, n) < 0.15).astype(np.float32)
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    seed = np.zeros(n, np.float32)
    seed[[1, 7]] = 1.0
    return SubgraphPool(SubgraphConfig()), (Tensor(adj), x, Tensor(seed))
