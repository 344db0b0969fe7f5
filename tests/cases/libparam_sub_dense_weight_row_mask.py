# case: pruned head keeps the output units whose Dense weight rows are large, by a boolean mask over the sub-Cell's weight -> dynamic at the mask index
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class PrunedHead(nn.Cell):
    def __init__(self, dim=8, out=6):
        super().__init__()
        self.fc = nn.Dense(dim, out)

    def construct(self, x):
        h = self.fc(x)
        norms = ops.abs(self.fc.weight).sum(axis=1)
        keep = norms > norms.mean()
        return h[:, keep].sum(axis=1)


def make():
    np.random.seed(1)
    return PrunedHead(), (Tensor(np.random.randn(2, 8).astype(np.float32)),)
