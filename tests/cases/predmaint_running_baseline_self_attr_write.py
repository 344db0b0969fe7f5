# case: running healthy-baseline estimate stored by assigning a plain attribute on self inside construct -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BaselineDeviation(nn.Cell):
    """Deviation of each window from an exponentially-updated healthy baseline."""

    def __init__(self, channels=4, momentum=0.9, update=True):
        super().__init__()
        self.momentum = momentum
        self.update = update
        self.baseline = Tensor(np.zeros((channels,), np.float32))
        self.seen = 0

    def _window_mean(self, window):
        return window.mean(axis=0)

    def construct(self, window):
        # window: (time, channels)
        m = self._window_mean(window)
        if self.update:
            mom = self.momentum if self.seen > 0 else 0.0
            self.baseline = mom * self.baseline + (1 - mom) * m
            self.seen = self.seen + 1
        return ops.abs(m - self.baseline)


def make():
    np.random.seed(18)
    w = np.random.randn(16, 4).astype(np.float32)
    return BaselineDeviation(), (Tensor(w),)
