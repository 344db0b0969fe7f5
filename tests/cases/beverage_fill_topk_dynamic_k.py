# case: rank the most under-filled bottles per camera frame, keeping as many as the frame's reject count says -> top-k with k from tensor data should fail or go dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NOMINAL_FILL_MM = 62.0


class UnderfillRanker(nn.Cell):
    def __init__(self, tolerance_mm=1.5):
        super().__init__()
        self.tolerance_mm = tolerance_mm

    def deviation(self, levels):
        return NOMINAL_FILL_MM - levels

    def construct(self, levels):
        dev = self.deviation(levels)
        rejects = (dev > self.tolerance_mm).astype(ms.int32).sum()
        k = int(rejects)
        worst, idx = ops.topk(dev, k)
        return worst, idx


def make():
    np.random.seed(11)
    levels = NOMINAL_FILL_MM + np.random.randn(48).astype(np.float32) * 2.0
    return UnderfillRanker(), (Tensor(levels, ms.float32),)
