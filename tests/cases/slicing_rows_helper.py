# case: row count comes from a helper returning x.shape[0] (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class TopHalf(nn.Cell):
    def _rows(self, t):
        return t.shape[0]

    def construct(self, x):
        n = self._rows(x)
        return x[: n // 2]


def make():
    return TopHalf(), (Tensor(np.arange(24, dtype=np.float32).reshape(6, 4)),)
