# case: shifted-window attention with the SW-MSA mask computed with NumPy in __init__ from the configured resolution and a relative position bias table created in a helper, gathered with a constant index -> all data-dependent work done at init, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SwinConfig:
    def __init__(self, dim=8, num_heads=2, window_size=4, shift_size=2, input_resolution=(8, 8)):
        self.dim = dim
        self.num_heads = num_heads
        self.window_size = window_size
        self.shift_size = shift_size
        self.input_resolution = input_resolution


def calculate_mask(h, w, ws, shift):
    img = np.zeros((h, w), np.float32)
    cnt = 0
    for hs in (slice(0, -ws), slice(-ws, -shift), slice(-shift, None)):
        for wsl in (slice(0, -ws), slice(-ws, -shift), slice(-shift, None)):
            img[hs, wsl] = cnt
            cnt += 1
    win = img.reshape(h // ws, ws, w // ws, ws).transpose(0, 2, 1, 3).reshape(-1, ws * ws)
    diff = win[:, None, :] - win[:, :, None]
    return np.where(diff != 0, -100.0, 0.0).astype(np.float32)


def relative_index(ws):
    coords = np.stack(np.meshgrid(np.arange(ws), np.arange(ws), indexing="ij")).reshape(2, -1)
    rel = (coords[:, :, None] - coords[:, None, :]).transpose(1, 2, 0) + (ws - 1)
    return (rel[..., 0] * (2 * ws - 1) + rel[..., 1]).reshape(-1).astype(np.int32)


class WindowAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ws, self.heads, self.dim = config.window_size, config.num_heads, config.dim
        self.qkv = nn.Dense(config.dim, 3 * config.dim)
        self._init_rel_bias()
        h, w = config.input_resolution
        self.attn_mask = Tensor(calculate_mask(h, w, config.window_size, config.shift_size))

    def _init_rel_bias(self):
        n = (2 * self.ws - 1) ** 2
        self.rel_table = Parameter(Tensor(np.zeros((n, self.heads), np.float32)), name="relative_position_bias_table")
        self.rel_index = Tensor(relative_index(self.ws))

    def construct(self, windows):
        bw, n, c = windows.shape
        qkv = self.qkv(windows).reshape(bw, n, 3, self.heads, c // self.heads).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        attn = ops.matmul(q, k.swapaxes(-2, -1)) * ((c // self.heads) ** -0.5)
        bias = ops.gather(self.rel_table, self.rel_index, 0).reshape(n, n, -1).transpose(2, 0, 1)
        attn = attn + bias.expand_dims(0) + self.attn_mask.expand_dims(1)
        out = ops.matmul(ops.softmax(attn, axis=-1), v)
        return out.transpose(0, 2, 1, 3).reshape(bw, n, c)


def make():
    np.random.seed(14)
    windows = Tensor(np.random.randn(4, 16, 8).astype(np.float32))
    return WindowAttention(SwinConfig()), (windows,)
