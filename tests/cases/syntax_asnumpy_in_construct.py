# case: calls x.asnumpy() inside construct to compute a NumPy percentile; LAX falls back to the interpreter (dynamic), STRICT rejects the asnumpy attribute
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClipByPercentile(nn.Cell):
    def construct(self, x):
        arr = x.asnumpy()
        hi = float(np.percentile(arr, 90))
        return ops.clamp(x, max=hi)


def make():
    return ClipByPercentile(), (Tensor(np.random.randn(4, 4).astype(np.float32)),)
