# case: uses `del` to free an intermediate tensor inside construct as PyTorch code often does; expect the graph parser to reject del
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MemSaver(nn.Cell):
    def __init__(self):
        super().__init__()
        self.a = nn.Dense(4, 8)
        self.b = nn.Dense(8, 4)

    def construct(self, x):
        h = self.a(x)
        out = self.b(ops.relu(h))
        del h
        return out


def make():
    return MemSaver(), (Tensor(np.random.randn(2, 4).astype(np.float32)),)
