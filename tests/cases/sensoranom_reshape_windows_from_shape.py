# case: cut a stream into non-overlapping windows using a window count derived from x.shape -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowPeakToPeak(nn.Cell):
    def __init__(self, window=5):
        super().__init__()
        self.window = window

    def construct(self, stream):
        batch, length = stream.shape
        n_win = length // self.window
        trimmed = stream[:, : n_win * self.window]
        w = trimmed.reshape(batch, n_win, self.window)
        p2p = w.max(axis=-1) - w.min(axis=-1)
        return p2p / (p2p.mean(axis=-1, keep_dims=True) + 1e-6)


def make():
    np.random.seed(40)
    stream = Tensor(np.random.randn(2, 27).astype(np.float32))
    return WindowPeakToPeak(), (stream,)
