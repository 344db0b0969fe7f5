# case: smooth player trajectories with a fixed box filter implemented as a grouped Conv1d over time -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrajectorySmoother(nn.Cell):
    def __init__(self, window=5):
        super().__init__()
        self.conv = nn.Conv1d(2, 2, window, pad_mode="same", group=2, has_bias=False,
                              weight_init=Tensor(np.full((2, 1, window), 1.0 / window, np.float32)))

    def construct(self, tracks):
        n, t, c = tracks.shape
        x = tracks.transpose(0, 2, 1)
        y = self.conv(x)
        return y.transpose(0, 2, 1).reshape(n, t, c)


def make():
    np.random.seed(36)
    tracks = np.cumsum(np.random.randn(22, 20, 2), axis=1).astype(np.float32)
    return TrajectorySmoother(), (Tensor(tracks),)
