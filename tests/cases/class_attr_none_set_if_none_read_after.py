# case: a None attribute set to a Tensor under an is-None test (no else), read after
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakTracker(nn.Cell):
    def __init__(self, drop_kg=1.0):
        super().__init__()
        self.drop_kg = drop_kg
        self.peak = None

    def construct(self, weights):
        cur_peak = weights.max()
        if self.peak is None:
            self.peak = cur_peak
        drop = self.peak - weights[-1]
        return drop > self.drop_kg, drop


def make():
    np.random.seed(28)
    return PeakTracker(), (Tensor((41.0 + np.random.randn(16) * 0.1).astype(np.float32)),)
