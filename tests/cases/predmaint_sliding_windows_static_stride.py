# case: sliding sensor windows with stride from config, window count from x.shape, fed to a 1D conv encoder -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def num_windows(length, window, stride):
    return (length - window) // stride + 1


class WindowEncoder(nn.Cell):
    def __init__(self, channels=3, window=8, stride=4, hidden=6):
        super().__init__()
        self.window = window
        self.stride = stride
        self.conv = nn.Conv1d(channels, hidden, kernel_size=3, pad_mode="same")
        self.pool = ops.ReduceMean(keep_dims=False)

    def _windows(self, x):
        # x: (channels, time) -> (n_windows, channels, window)
        n = num_windows(x.shape[-1], self.window, self.stride)
        chunks = [x[:, i * self.stride: i * self.stride + self.window] for i in range(n)]
        return ops.stack(chunks, axis=0)

    def construct(self, x):
        win = self._windows(x)
        feat = ops.relu(self.conv(win))
        return self.pool(feat, -1)


def make():
    np.random.seed(13)
    x = np.random.randn(3, 40).astype(np.float32)
    return WindowEncoder(), (Tensor(x),)
