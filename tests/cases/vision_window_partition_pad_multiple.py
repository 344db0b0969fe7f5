# case: Swin block pads H and W up to a multiple of the window size computed from .shape, partitions windows and crops back -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def window_partition(x, ws):
    b, h, w, c = x.shape
    x = x.reshape(b, h // ws, ws, w // ws, ws, c)
    return x.transpose(0, 1, 3, 2, 4, 5).reshape(-1, ws * ws, c)


def window_reverse(windows, ws, h, w):
    b = windows.shape[0] // ((h // ws) * (w // ws))
    x = windows.reshape(b, h // ws, w // ws, ws, ws, -1)
    return x.transpose(0, 1, 3, 2, 4, 5).reshape(b, h, w, -1)


class PaddedWindowAttention(nn.Cell):
    def __init__(self, dim=8, window_size=4):
        super().__init__()
        self.window_size = window_size
        self.qkv = nn.Dense(dim, dim * 3)
        self.scale = dim ** -0.5

    def construct(self, x):
        b, h, w, c = x.shape
        pad_b = (self.window_size - h % self.window_size) % self.window_size
        pad_r = (self.window_size - w % self.window_size) % self.window_size
        x = ops.pad(x, (0, 0, 0, pad_r, 0, pad_b))
        hp, wp = h + pad_b, w + pad_r
        win = window_partition(x, self.window_size)
        q, k, v = ops.split(self.qkv(win), c, axis=-1)
        attn = ops.softmax(ops.matmul(q, k.swapaxes(1, 2)) * self.scale, axis=-1)
        out = window_reverse(ops.matmul(attn, v), self.window_size, hp, wp)
        return out[:, :h, :w, :]


def make():
    np.random.seed(35)
    ms.set_seed(35)
    x = Tensor(np.random.randn(1, 6, 7, 8).astype(np.float32))
    return PaddedWindowAttention(), (x,)
