# case: k-hop subgraph helper expanding a node frontier with a while loop that runs until no new nodes are reached (data-dependent loop count) -> dynamic control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubgraphConfig:
    max_hops = None
    hidden = 16


class KHopSubgraph(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_hops = config.max_hops
        self.lin = nn.Dense(config.hidden, config.hidden)

    def expand(self, adj, mask):
        reached = ops.matmul(mask.expand_dims(0), adj).squeeze(0)
        return ops.clamp(mask + reached, max=1.0)

    def construct(self, adj, x, seed_mask):
        mask = seed_mask
        new = mask.sum()
        hops = 0
        while new > 0:
            nxt = self.expand(adj, mask)
            new = nxt.sum() - mask.sum()
            mask = nxt
            hops += 1
        h = self.lin(x) * mask[:, None]
        return h.sum(0) / ops.clamp(mask.sum(), min=1.0)


def make():
    np.random.seed(3453)
    n = 12
    adj = (np.random.rand(n, n) < 0.12).astype(np.float32)
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    seed = np.zeros(n, np.float32)
    seed[[0, 5]] = 1.0
    return KHopSubgraph(SubgraphConfig()), (Tensor(adj), x, Tensor(seed))
