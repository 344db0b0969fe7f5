# case: offline trajectory smoothing with a fixed moving-average window implemented as depthwise conv1d over time -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MovingAverageSmoother(nn.Cell):
    def __init__(self, window=3, channels=4, pad_mode="replicate"):
        super().__init__()
        self.window = window
        self.channels = channels
        self.pad = window // 2
        self.pad_mode = pad_mode
        self.kernel = Tensor(np.full((channels, 1, window), 1.0 / window, np.float32))

    def pad_time(self, x):
        # x: (N, C, T)
        if self.pad_mode == "replicate":
            left = ops.tile(x[:, :, :1], (1, 1, self.pad))
            right = ops.tile(x[:, :, -1:], (1, 1, self.pad))
            return ops.concat([left, x, right], 2)
        return ops.pad(x, (self.pad, self.pad))

    def construct(self, traj):
        # traj: (N, T, 4) box sequences
        x = traj.transpose(0, 2, 1)
        x = self.pad_time(x)
        y = ops.conv1d(x, self.kernel, groups=self.channels)
        return y.transpose(0, 2, 1)


def make():
    np.random.seed(18)
    traj = Tensor(np.cumsum(np.random.randn(3, 10, 4), axis=1).astype(np.float32))
    return MovingAverageSmoother(), (traj,)
