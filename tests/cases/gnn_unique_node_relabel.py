# case: subgraph extraction relabels sampled node ids with ops.unique before gathering features; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubgraphEncoder(nn.Cell):
    def __init__(self, num_nodes=50, dim=16):
        super().__init__()
        self.emb = nn.Embedding(num_nodes, dim)
        self.proj = nn.Dense(dim, dim)

    def construct(self, sampled):
        flat = sampled.reshape(-1)
        nodes, inverse = ops.unique(flat)
        feats = self.emb(nodes)
        feats = self.proj(feats)
        per_edge = ops.gather(feats, inverse, 0)
        return per_edge.reshape(sampled.shape[0], sampled.shape[1], -1).sum(1)


def make():
    rng = np.random.RandomState(2)
    sampled = Tensor(rng.randint(0, 50, (6, 5)).astype(np.int32))
    return SubgraphEncoder(), (sampled,)
