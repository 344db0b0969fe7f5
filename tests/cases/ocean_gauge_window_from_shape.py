# case: gauge series split into first and second half using x.shape to get the window length, then compares mean stage -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StageTrend(nn.Cell):
    def __init__(self, smooth=3):
        super().__init__()
        self.smooth = smooth
        self.pool = nn.AvgPool1d(kernel_size=smooth, stride=1)

    def construct(self, stage):
        t = stage.shape[-1]
        half = t // 2
        early = stage[:, :half]
        late = stage[:, t - half:]
        trend = late.mean(axis=1) - early.mean(axis=1)
        smoothed = self.pool(stage.expand_dims(1)).squeeze(1)
        return trend, smoothed


def make():
    np.random.seed(9)
    stage = (np.cumsum(np.random.randn(4, 37), axis=1) + 10).astype(np.float32)
    return StageTrend(), (Tensor(stage),)
