# case: the only parent of a sub-Cell calls it as `self.bias(x.shape[2])` in a branch a module constant turns off: its argument is a size read off a shape, not tensor data, so `ops.arange(n)` is not a hazard
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

USE_TEMPORAL_TRANSFORMER = True


class RelativeBias(nn.Cell):
    def __init__(self, heads):
        super().__init__()
        self.embed = nn.Embedding(64, heads)

    def construct(self, n):
        pos = ops.arange(n, dtype=ms.int32)
        rel = ops.expand_dims(pos, 0) - ops.expand_dims(pos, -1) + 32
        return self.embed(rel)


class Net(nn.Cell):
    def __init__(self, temporal=True):
        super().__init__()
        self.temporal = temporal
        if temporal and not USE_TEMPORAL_TRANSFORMER:
            self.bias = RelativeBias(4)
        self.proj = nn.Dense(8, 8)

    def construct(self, x):
        if self.temporal and not USE_TEMPORAL_TRANSFORMER:
            bias = self.bias(x.shape[2])
        else:
            bias = None
        y = self.proj(x)
        return y if bias is None else y + bias.sum()


def make():
    return Net(), (Tensor(np.ones((2, 3, 8), np.float32)),)
