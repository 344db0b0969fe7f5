# case: track-wear model accepts sensor windows in either channels-first or channels-last layout chosen by a constructor flag, transposing with a constant perm -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AxleBoxConvWear(nn.Cell):
    def __init__(self, n_channels=3, channels_last=True, hidden=8):
        super().__init__()
        self.channels_last = channels_last
        self.conv = nn.Conv1d(n_channels, hidden, kernel_size=5, pad_mode="same")
        self.act = nn.ReLU()
        self.head = nn.Dense(hidden, 1)

    def to_channels_first(self, x):
        if self.channels_last:
            return ops.transpose(x, (0, 2, 1))
        return x

    def construct(self, accel):
        x = self.to_channels_first(accel)
        h = self.act(self.conv(x))
        pooled = h.mean(axis=2)
        return ops.softplus(self.head(pooled)).squeeze(-1)


def make():
    np.random.seed(3099)
    acc = np.random.randn(4, 64, 3).astype(np.float32)
    return AxleBoxConvWear(), (Tensor(acc),)
