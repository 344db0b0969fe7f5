# case: computes a masked mean by multiplying with a float mask and dividing by its sum, avoiding dynamic-shape selection, so static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def masked_mean(x, mask, axis):
    m = mask.astype(x.dtype)
    total = (x * m).sum(axis=axis)
    count = ops.clamp(m.sum(axis=axis), min=1.0)
    return total / count


class SeqPool(nn.Cell):
    def construct(self, x, mask):
        return masked_mean(x, ops.expand_dims(mask, -1), 1)


def make():
    x = Tensor(np.random.randn(2, 5, 3).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 0, 0, 0], [1, 1, 1, 1, 0]], np.float32))
    return SeqPool(), (x, mask)
