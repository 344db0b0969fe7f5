# case: Swin-style window_partition / window_reverse helpers using view, permute and shape arithmetic with a fixed window size from the config, expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def window_partition(x, window_size):
    b, h, w, c = x.shape
    x = x.view(b, h // window_size, window_size, w // window_size, window_size, c)
    windows = x.permute(0, 1, 3, 2, 4, 5).view(-1, window_size, window_size, c)
    return windows


def window_reverse(windows, window_size, h, w):
    c = windows.shape[-1]
    b = windows.shape[0] // ((h // window_size) * (w // window_size))
    x = windows.view(b, h // window_size, w // window_size, window_size, window_size, c)
    return x.permute(0, 1, 3, 2, 4, 5).view(b, h, w, c)


class WindowBlock(nn.Cell):
    def __init__(self, dim=8, window_size=4):
        super().__init__()
        self.window_size = window_size
        self.norm = nn.LayerNorm((dim,))
        self.mlp = nn.Dense(dim, dim)

    def construct(self, hidden_states):
        b, h, w, c = hidden_states.shape
        windows = window_partition(self.norm(hidden_states), self.window_size)
        windows = windows.view(-1, self.window_size * self.window_size, c)
        windows = self.mlp(windows).view(-1, self.window_size, self.window_size, c)
        return hidden_states + window_reverse(windows, self.window_size, h, w)


def make():
    x = Tensor(np.random.randn(2, 8, 8, 8).astype(np.float32))
    return WindowBlock(), (x,)
