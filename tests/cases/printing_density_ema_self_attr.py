# case: density smoother stores the running exponential average of measured densities by assigning a plain attribute on self inside construct -> attribute write on self in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DensitySmoother(nn.Cell):
    def __init__(self, zones=16, alpha=0.3):
        super().__init__()
        self.alpha = alpha
        self.running = Tensor(np.full((zones,), 1.45, np.float32))
        self.sheets_seen = 0

    def construct(self, measured):
        smoothed = self.alpha * measured + (1.0 - self.alpha) * self.running
        self.running = smoothed
        self.sheets_seen = self.sheets_seen + 1
        return smoothed


def make():
    np.random.seed(20)
    measured = np.random.normal(1.45, 0.05, (16,)).astype(np.float32)
    return DensitySmoother(), (Tensor(measured),)
