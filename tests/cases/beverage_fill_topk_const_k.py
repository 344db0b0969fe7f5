# case: rank the five most under-filled bottles in each camera frame with a fixed k -> top-k with a Python constant k compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NOMINAL_FILL_MM = 62.0


class UnderfillRanker(nn.Cell):
    def __init__(self, report_top=5, tolerance_mm=1.5):
        super().__init__()
        self.report_top = report_top
        self.tolerance_mm = tolerance_mm

    def deviation(self, levels):
        return NOMINAL_FILL_MM - levels

    def construct(self, levels):
        dev = self.deviation(levels)
        flagged = (dev > self.tolerance_mm).astype(ms.float32)
        worst, idx = ops.topk(dev * flagged, self.report_top)
        reject_count = flagged.sum(axis=-1)
        return worst, idx, reject_count


def make():
    np.random.seed(12)
    levels = NOMINAL_FILL_MM + np.random.randn(4, 48).astype(np.float32) * 2.0
    return UnderfillRanker(), (Tensor(levels, ms.float32),)
