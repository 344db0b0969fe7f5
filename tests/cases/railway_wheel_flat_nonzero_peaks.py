# case: axle vibration peaks found with nonzero and their amplitudes gathered -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WheelFlatPeakFinder(nn.Cell):
    def __init__(self, k_sigma=2.5):
        super().__init__()
        self.k_sigma = k_sigma

    def envelope(self, signal):
        return ops.abs(signal - signal.mean())

    def construct(self, signal):
        env = self.envelope(signal)
        limit = env.mean() + self.k_sigma * env.std()
        peak_idx = ops.nonzero(env > limit).reshape(-1)
        peak_amp = ops.gather(env, peak_idx, 0)
        return peak_idx, peak_amp.sum()


def make():
    np.random.seed(2)
    sig = np.random.randn(64).astype(np.float32)
    sig[[10, 42]] += 8.0
    return WheelFlatPeakFinder(), (Tensor(sig),)
