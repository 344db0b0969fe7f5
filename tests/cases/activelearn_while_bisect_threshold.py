# case: calibrates a pseudo-label confidence threshold by bisection in a while loop on a tensor condition, carrying only scalars, then returns a fixed-size mask -> loop state keeps its shape, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QuantileThreshold(nn.Cell):
    """Find a threshold so that roughly `keep_frac` of samples pass."""

    def __init__(self, keep_frac=0.3, max_iters=20, tol=0.02):
        super().__init__()
        self.keep_frac = keep_frac
        self.max_iters = max_iters
        self.tol = tol

    def frac_above(self, conf, thr):
        return (conf > thr).astype(ms.float32).mean()

    def construct(self, conf):
        lo = Tensor(0.0, ms.float32)
        hi = Tensor(1.0, ms.float32)
        it = 0
        while it < self.max_iters and (hi - lo) > self.tol:
            mid = (lo + hi) / 2
            too_many = self.frac_above(conf, mid) > self.keep_frac
            lo = ops.select(too_many, mid, lo)
            hi = ops.select(too_many, hi, mid)
            it += 1
        thr = (lo + hi) / 2
        return thr, (conf > thr).astype(ms.float32)


def make():
    np.random.seed(27)
    conf = Tensor(np.random.rand(20).astype(np.float32))
    return QuantileThreshold(), (conf,)
