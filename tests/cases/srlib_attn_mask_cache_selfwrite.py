# case: shifted-window attention caches the SW-MSA mask on self the first time it sees a resolution (computed in a helper called from construct) -> attribute of self written in construct, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwinConfig:
    def __init__(self, dim=8, window_size=4, shift_size=2, cache_mask=True):
        self.dim = dim
        self.window_size = window_size
        self.shift_size = shift_size
        self.cache_mask = cache_mask


def window_partition(x, ws):
    b, h, w, c = x.shape
    x = x.view(b, h // ws, ws, w // ws, ws, c)
    return x.transpose(0, 1, 3, 2, 4, 5).reshape(-1, ws * ws, c)


class ShiftedWindowAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ws = config.window_size
        self.shift = config.shift_size
        self.qkv = nn.Dense(config.dim, 3 * config.dim)
        self.cache_mask = config.cache_mask
        self.attn_mask = None

    def _mask_for(self, h, w):
        img = ops.zeros((1, h, w, 1), ms.float32)
        cnt = 0
        for hs in (slice(0, -self.ws), slice(-self.ws, -self.shift), slice(-self.shift, None)):
            for wsl in (slice(0, -self.ws), slice(-self.ws, -self.shift), slice(-self.shift, None)):
                img[:, hs, wsl, :] = cnt
                cnt += 1
        win = window_partition(img, self.ws).squeeze(-1)
        diff = win.expand_dims(1) - win.expand_dims(2)
        return ops.select(diff != 0, ops.full_like(diff, -100.0), ops.zeros_like(diff))

    def construct(self, x):
        b, h, w, c = x.shape
        if self.attn_mask is None or not self.cache_mask:
            self.attn_mask = self._mask_for(h, w)
        win = window_partition(x, self.ws)
        q, k, v = ops.split(self.qkv(win), c, axis=-1)
        attn = ops.matmul(q, k.swapaxes(-2, -1)) * (c ** -0.5) + self.attn_mask
        return ops.matmul(ops.softmax(attn, axis=-1), v)


def make():
    np.random.seed(13)
    x = Tensor(np.random.randn(1, 8, 8, 8).astype(np.float32))
    return ShiftedWindowAttention(SwinConfig()), (x,)
