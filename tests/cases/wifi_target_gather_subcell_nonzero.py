# case: a detector sub-Cell returns nonzero() indices of CFAR hits and the parent gathers range/velocity values at them -> dynamic shape (nonzero in sub-Cell)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdDetector(nn.Cell):
    def __init__(self, k=3.0):
        super().__init__()
        self.k = k

    def construct(self, power):
        noise = power.mean()
        return ops.nonzero(power > self.k * noise).reshape(-1)


class TargetExtractor(nn.Cell):
    def __init__(self, bin_m=0.25, k=3.0):
        super().__init__()
        self.detector = ThresholdDetector(k)
        self.bin_m = bin_m

    def construct(self, power, velocity):
        idx = self.detector(power)
        rng = idx.astype(ms.float32) * self.bin_m
        vel = ops.gather(velocity, idx, 0)
        return ops.stack([rng, vel], axis=1)


def make():
    np.random.seed(33)
    p = np.abs(np.random.randn(32)).astype(np.float32)
    p[[3, 20, 27]] = 15.0
    v = np.random.randn(32).astype(np.float32)
    return TargetExtractor(), (Tensor(p), Tensor(v))
