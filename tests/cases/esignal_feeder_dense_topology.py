# case: feeder load aggregation propagates downstream loads up a radial network with a dense adjacency matmul over a fixed number of levels -> fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def radial_adjacency(parents, n):
    a = np.zeros((n, n), np.float32)
    for child, parent in enumerate(parents):
        if parent >= 0:
            a[parent, child] = 1.0
    return a


class RadialAggregator(nn.Cell):
    def __init__(self, parents, n_levels=3):
        super().__init__()
        self.adj = Tensor(radial_adjacency(parents, len(parents)))
        self.n_levels = n_levels

    def construct(self, node_load_kw):
        total = node_load_kw
        x = node_load_kw
        for _ in range(self.n_levels):
            x = ops.mv(self.adj, x)
            total = total + x
        return total


def make():
    np.random.seed(92)
    parents = [-1, 0, 0, 1, 1, 2]
    load = (np.random.rand(6) * 300).astype(np.float32)
    return RadialAggregator(parents), (Tensor(load),)
