# case: window attention layer tries to partition directly and falls back to reflect padding in an except branch when the size is not a multiple of the window -> try/except in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwinConfig:
    def __init__(self, dim=8, window_size=4):
        self.dim = dim
        self.window_size = window_size


def window_partition(x, ws):
    b, c, h, w = x.shape
    if h % ws or w % ws:
        raise ValueError("feature size must be divisible by the window size")
    x = x.reshape(b, c, h // ws, ws, w // ws, ws)
    return x.transpose(0, 2, 4, 3, 5, 1).reshape(-1, ws * ws, c)


class WindowMLP(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ws = config.window_size
        self.fc = nn.Dense(config.dim, config.dim)

    def construct(self, x):
        try:
            windows = window_partition(x, self.ws)
        except ValueError:
            _, _, h, w = x.shape
            x = ops.pad(x, (0, (-w) % self.ws, 0, (-h) % self.ws), mode="reflect")
            windows = window_partition(x, self.ws)
        return self.fc(windows).mean(axis=1)


def make():
    np.random.seed(19)
    x = Tensor(np.random.randn(1, 8, 6, 10).astype(np.float32))
    return WindowMLP(SwinConfig()), (x,)
