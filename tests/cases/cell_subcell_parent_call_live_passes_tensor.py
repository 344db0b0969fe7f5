# case: the parent calls its sub-Cell as `self.bias(n)` with `n` read out of a tensor: `ops.arange(n)` in the sub-Cell has a data-dependent length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelativeBias(nn.Cell):
    def __init__(self, heads):
        super().__init__()
        self.embed = nn.Embedding(64, heads)

    def construct(self, n):
        pos = ops.arange(n, dtype=ms.int32)
        rel = ops.expand_dims(pos, 0) - ops.expand_dims(pos, -1) + 32
        return self.embed(rel)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.bias = RelativeBias(4)

    def construct(self, x, lengths):
        bias = self.bias(lengths.max())
        return x.sum() + bias.sum()


def make():
    return Net(), (Tensor(np.ones((2, 3, 8), np.float32)), Tensor(np.array([3, 5], np.int32)))
