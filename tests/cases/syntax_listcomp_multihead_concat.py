# case: multi-head classifier uses a list comprehension over an nn.CellList of heads (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiHead(nn.Cell):
    def __init__(self, dim=6, heads=3):
        super().__init__()
        self.heads = nn.CellList([nn.Dense(dim, 2) for _ in range(heads)])

    def construct(self, x):
        outs = [ops.softmax(h(x), axis=-1) for h in self.heads]
        return ops.concat(outs, axis=-1)


def make():
    return MultiHead(), (Tensor(np.random.randn(4, 6).astype(np.float32)),)
