# case: iterative baseline-wander removal running a while loop with a Python int counter for a fixed number of smoothing passes -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BaselineWanderRemoval(nn.Cell):
    def __init__(self, n_passes=3, kernel=9):
        super().__init__()
        self.n_passes = n_passes
        self.pool = nn.AvgPool1d(kernel_size=kernel, stride=1, pad_mode="same")

    def construct(self, ecg):
        # ecg: (batch, 1, n_samples)
        baseline = ecg
        i = 0
        while i < self.n_passes:
            baseline = self.pool(baseline)
            i += 1
        return ecg - baseline, baseline


def make():
    np.random.seed(35)
    t = np.linspace(0, 4, 128)
    ecg = 0.5 * np.sin(2 * np.pi * 0.2 * t) + 0.1 * np.random.randn(t.size)
    return BaselineWanderRemoval(), (Tensor(ecg.reshape(1, 1, -1).astype(np.float32)),)
