# case: calibration step prints an f-string with the tensor-valued 95% range bounds while computing the cumulative probability -> error or print fallback for f-string of tensors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HPDRange(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.verbose = verbose

    def construct(self, years_bp, density):
        p = density / density.sum()
        cdf = ops.cumsum(p, axis=0)
        lo_idx = ops.argmax((cdf >= 0.025).astype(ms.int32))
        hi_idx = ops.argmax((cdf >= 0.975).astype(ms.int32))
        lo = years_bp[lo_idx]
        hi = years_bp[hi_idx]
        if self.verbose:
            print(f"95% range: {lo} - {hi} cal BP")
        return lo, hi


def make():
    np.random.seed(13)
    yrs = np.arange(1000, 2000, 10).astype(np.float32)
    dens = np.exp(-0.5 * ((yrs - 1500) / 60.0) ** 2).astype(np.float32)
    return HPDRange(), (Tensor(yrs), Tensor(dens))
