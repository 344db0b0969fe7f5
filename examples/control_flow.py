"""Control flow on tensor values that changes shapes."""
import numpy as np
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
        while out.sum() < limit:  # expect: MSG202
            out = ops.concat((out, x))
        return out


class SameShape(nn.Cell):
    """Near miss: a tensor condition whose branches keep the shape."""

    def construct(self, x):
        if x.sum() > 0:
            y = x * 2
        else:
            y = ops.relu(x)
        return y


def _x():
    return ms.Tensor(np.ones((2, 3), np.float32))


def make_grow_or_keep():
    return GrowOrKeep(), (_x(),)


def make_accumulate():
    return Accumulate(), (_x(), ms.Tensor(20.0, ms.float32))


def make_same_shape():
    return SameShape(), (_x(),)
