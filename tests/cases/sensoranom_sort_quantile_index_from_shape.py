# case: empirical quantile threshold by sorting errors and indexing at a position computed from the static length -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QuantileThreshold(nn.Cell):
    def __init__(self, q=0.95):
        super().__init__()
        self.q = q

    def quantile(self, err):
        sorted_err, _ = ops.sort(err, axis=-1)
        pos = int(self.q * (err.shape[-1] - 1))
        return sorted_err[..., pos]

    def construct(self, err):
        thr = self.quantile(err)
        flags = err > thr.expand_dims(-1)
        return thr, flags.astype(ms.int32)


def make():
    np.random.seed(41)
    err = Tensor(np.abs(np.random.randn(4, 40)).astype(np.float32))
    return QuantileThreshold(), (err,)
