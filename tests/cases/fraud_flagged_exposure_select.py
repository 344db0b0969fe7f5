# case: zeroes out amounts below a risk threshold with ops.select and sums the rest per account -> fixed shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExposureConfig:
    def __init__(self, threshold=0.7, cap=1000.0):
        self.threshold = threshold
        self.cap = cap


class FlaggedExposure(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else ExposureConfig()
        self.threshold = cfg.threshold
        self.cap = cfg.cap

    def construct(self, amounts, risk):
        flagged = risk > self.threshold
        kept = ops.select(flagged, ops.clamp(amounts, max=self.cap), ops.zeros_like(amounts))
        total = kept.sum(axis=1)
        count = flagged.astype(ms.float32).sum(axis=1)
        mean = total / ops.maximum(count, ops.ones_like(count))
        return total, mean


def make():
    np.random.seed(3)
    amounts = Tensor((np.random.rand(6, 16) * 1500).astype(np.float32))
    risk = Tensor(np.random.rand(6, 16).astype(np.float32))
    return FlaggedExposure(ExposureConfig(threshold=0.65)), (amounts, risk)
