# case: window attention trims the odd trailing row only when a tensor flag says padding was applied, giving branches of different shapes -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowMerge(nn.Cell):
    def __init__(self, window=4, dim=6):
        super().__init__()
        self.window = window
        self.proj = nn.Dense(dim, dim)

    def _merge(self, windows, h, w):
        b = windows.shape[0] // ((h // self.window) * (w // self.window))
        x = windows.reshape(b, h // self.window, w // self.window, self.window, self.window, -1)
        return x.transpose(0, 1, 3, 2, 4, 5).reshape(b, h, w, -1)

    def construct(self, windows, padded_h):
        x = self._merge(windows, 8, 8)
        if padded_h > 0:
            x = x[:, :-1, :, :]
        return self.proj(x)


def make():
    np.random.seed(15)
    windows = Tensor(np.random.randn(4, 4, 4, 6).astype(np.float32))
    return WindowMerge(), (windows, Tensor(1, ms.int32))
