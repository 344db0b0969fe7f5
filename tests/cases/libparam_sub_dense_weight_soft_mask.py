# case: pruned head scales the Dense output by a soft mask from its weight norms (multiply, no index) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class SoftPrunedHead(nn.Cell):
    def __init__(self, dim=8, out=6):
        super().__init__()
        self.fc = nn.Dense(dim, out)

    def construct(self, x):
        h = self.fc(x)
        norms = ops.abs(self.fc.weight).sum(axis=1)
        keep = (norms > norms.mean()).astype(h.dtype)
        return (h * keep).sum(axis=1)


def make():
    np.random.seed(5)
    return SoftPrunedHead(), (Tensor(np.random.randn(2, 8).astype(np.float32)),)
