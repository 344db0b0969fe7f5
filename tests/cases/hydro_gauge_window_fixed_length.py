# case: takes the last `window` hours of gauge stage where window comes from the constructor, then a moving average -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecentStageSmoother(nn.Cell):
    """Smooth the most recent stage readings of several gauges."""

    def __init__(self, window=6, kernel=3):
        super().__init__()
        self.window = window
        self.kernel = kernel
        self.pool = nn.AvgPool1d(kernel_size=kernel, stride=1)

    def construct(self, stage):
        # stage: (batch, hours)
        recent = stage[:, -self.window:]
        smoothed = self.pool(recent.expand_dims(1))
        return smoothed.squeeze(1)


def make():
    np.random.seed(1)
    stage = np.random.uniform(0.5, 3.5, size=(4, 48)).astype(np.float32)
    return RecentStageSmoother(window=12), (Tensor(stage),)
