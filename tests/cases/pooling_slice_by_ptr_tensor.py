# case: per-graph pooling slices x[ptr[i]:ptr[i+1]] with graph boundaries taken from a ptr tensor; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_GRAPHS = 4


class PtrPool(nn.Cell):
    def __init__(self, dim=5):
        super().__init__()
        self.lin = nn.Dense(dim, dim)
        self.num_graphs = NUM_GRAPHS

    def construct(self, x, ptr):
        h = self.lin(x)
        pooled = []
        for i in range(self.num_graphs):
            seg = h[ptr[i]:ptr[i + 1]]
            pooled.append(seg.mean(0))
        return ops.stack(pooled, 0)


def make():
    ptr = Tensor(np.array([0, 3, 8, 10, 16], np.int32))
    x = Tensor(np.random.RandomState(26).randn(16, 5).astype(np.float32))
    return PtrPool(), (x, ptr)
