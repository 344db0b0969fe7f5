# case: per-graph max pooling splits node features with ops.split using a tuple of sizes from config; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GRAPH_SIZES = (3, 5, 2, 6)


class SplitPool(nn.Cell):
    def __init__(self, sizes=GRAPH_SIZES, dim=5):
        super().__init__()
        self.sizes = sizes
        self.lin = nn.Dense(dim, dim)

    def construct(self, x):
        h = self.lin(x)
        parts = ops.split(h, self.sizes, 0)
        pooled = []
        for p in parts:
            pooled.append(p.max(0))
        return ops.stack(pooled, 0)


def make():
    x = Tensor(np.random.RandomState(25).randn(16, 5).astype(np.float32))
    return SplitPool(), (x,)
