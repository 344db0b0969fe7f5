# case: scan change detector takes an optional previous scan and tests it with `is None` before differencing -> None test resolved at compile time, static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScanChangeDetector(nn.Cell):
    def __init__(self, change_thresh=0.3, max_range=8.0):
        super().__init__()
        self.change_thresh = change_thresh
        self.max_range = max_range

    def clean(self, scan):
        ok = ops.logical_and(scan > 0.05, ops.isfinite(scan))
        return ops.where(ok, scan, ops.full_like(scan, self.max_range))

    def construct(self, scan, prev_scan=None):
        cur = self.clean(scan)
        if prev_scan is None:
            return ops.zeros_like(cur), cur
        prev = self.clean(prev_scan)
        moved = (ops.abs(cur - prev) > self.change_thresh).astype(ms.float32)
        return moved, cur


def make():
    np.random.seed(32)
    s = np.random.uniform(0.5, 6.0, size=(30,)).astype(np.float32)
    p = s + np.random.normal(0, 0.3, size=(30,)).astype(np.float32)
    return ScanChangeDetector(), (Tensor(s), Tensor(p))
