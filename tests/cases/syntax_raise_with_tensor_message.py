# case: raises ValueError with a message formatted from a tensor value under a tensor condition; LAX compiles statically, STRICT fails in kernel selection because the Format op is unsupported on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CheckFinite(nn.Cell):
    def construct(self, x):
        bad = ops.isnan(x).astype(ms.int32).sum()
        if bad > 0:
            raise ValueError("found {} NaN values".format(bad))
        return x * 1.0


def make():
    return CheckFinite(), (Tensor(np.random.randn(3, 3).astype(np.float32)),)
