# case: scan forward with a while loop on tensor values until the calm regime ends, then slice the spell -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CalmSpellExtractor(nn.Cell):
    """Returns of the opening calm spell (|r| below a vol threshold) and its length."""

    def __init__(self, vol_threshold=0.015, max_scan=None):
        super().__init__()
        self.vol_threshold = vol_threshold
        self.max_scan = max_scan

    def is_calm(self, r):
        return ops.abs(r) < self.vol_threshold

    def construct(self, returns):
        limit = returns.shape[0] if self.max_scan is None else self.max_scan
        t = ops.ones((), ms.int32)
        while t < limit and self.is_calm(returns[t]):
            t = t + 1
        spell = returns[:t]
        return spell.sum(), t


def make():
    np.random.seed(6)
    r = (0.008 * np.random.randn(30)).astype(np.float32)
    r[9] = 0.05
    return CalmSpellExtractor(), (Tensor(r),)
