"""Control flow on tensor values that changes shapes."""
import mindspore as ms
from mindspore import nn, ops


class GrowOrKeep(nn.Cell):
    def construct(self, x):
        if x.sum() > 0:  # expect: MSG201
            y = ops.concat((x, x))
        else:
            y = x
        return y


class Accumulate(nn.Cell):
    def construct(self, x, limit):
        out = x
        while out.sum() < limit:
            out = ops.concat((out, x))  # expect: MSG202
        return out


class SameShape(nn.Cell):
    """Near miss: a tensor condition whose branches keep the shape."""

    def construct(self, x):
        if x.sum() > 0:
            y = x * 2
        else:
            y = ops.relu(x)
        return y


def make():
    import numpy as np

    return GrowOrKeep(), (ms.Tensor(np.ones((2, 3), np.float32)),)
