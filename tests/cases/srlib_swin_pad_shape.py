# case: Swin block pads the feature map to a multiple of the window size using x.shape and a window size from config -> pad amounts are shape constants, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WINDOW_SIZE = 4


class SwinConfig:
    def __init__(self, embed_dim=16, window_size=WINDOW_SIZE, pad_mode="reflect", shift=True):
        self.embed_dim = embed_dim
        self.window_size = window_size
        self.pad_mode = pad_mode
        self.shift = shift


def window_partition(x, ws):
    b, h, w, c = x.shape
    x = x.view(b, h // ws, ws, w // ws, ws, c)
    return x.transpose(0, 1, 3, 2, 4, 5).reshape(-1, ws * ws, c)


class PaddedWindowMixer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.window_size = config.window_size
        self.shift_size = config.window_size // 2 if config.shift else 0
        self.pad_mode = config.pad_mode
        self.norm = nn.LayerNorm((config.embed_dim,))
        self.proj = nn.Dense(config.embed_dim, config.embed_dim)

    def check_image_size(self, x):
        _, _, h, w = x.shape
        mod_pad_h = (self.window_size - h % self.window_size) % self.window_size
        mod_pad_w = (self.window_size - w % self.window_size) % self.window_size
        return ops.pad(x, (0, mod_pad_w, 0, mod_pad_h), mode=self.pad_mode)

    def construct(self, x, x_size=None):
        h, w = x.shape[2:] if x_size is None else x_size
        x = self.check_image_size(x)
        feat = x.transpose(0, 2, 3, 1)
        if self.shift_size > 0:
            s = self.shift_size
            feat = ops.concat((feat[:, s:], feat[:, :s]), axis=1)
            feat = ops.concat((feat[:, :, s:], feat[:, :, :s]), axis=2)
        windows = window_partition(feat, self.window_size)
        mixed = self.proj(self.norm(windows))
        return mixed.mean(axis=1), h * w


def make():
    np.random.seed(2)
    x = Tensor(np.random.randn(1, 16, 10, 14).astype(np.float32))
    return PaddedWindowMixer(SwinConfig()), (x,)
