# case: ops.slice with a size tuple whose first entry is a tensor count of positive flags, so the slice size comes from data and graph mode infers a dynamic shape at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PositivePrefix(nn.Cell):
    def construct(self, x, flags):
        cnt = (flags > 0).astype(ms.int32).sum()
        out = ops.slice(x, (0, 0), (cnt, x.shape[1]))
        return out


def make():
    x = Tensor(np.random.randn(7, 5).astype(np.float32))
    flags = Tensor(np.array([1, -1, 2, 3, -5, 0, 1], np.float32))
    return PositivePrefix(), (x, flags)
