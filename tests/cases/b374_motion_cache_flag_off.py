# case: same cached temporal attention but use_cache defaults to False and no caller turns it on, so the self.cached_attn write sits in a branch never taken -> looks like an attribute write, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MotionModuleConfig:
    def __init__(self, dim=16, num_frames=4, use_cache=False):
        self.dim = dim
        self.num_frames = num_frames
        self.use_cache = use_cache


class CachedTemporalAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_cache = config.use_cache
        self.num_frames = config.num_frames
        self.to_q = nn.Dense(config.dim, config.dim)
        self.to_k = nn.Dense(config.dim, config.dim)
        self.to_v = nn.Dense(config.dim, config.dim)
        self.cached_attn = None

    def construct(self, x):
        bf, n, d = x.shape
        b = bf // self.num_frames
        h = x.reshape(b, self.num_frames, n, d).swapaxes(1, 2).reshape(-1, self.num_frames, d)
        q, k, v = self.to_q(h), self.to_k(h), self.to_v(h)
        attn = ops.softmax(ops.bmm(q, k.swapaxes(1, 2)) / (d ** 0.5), axis=-1)
        if self.use_cache:
            self.cached_attn = attn
        out = ops.bmm(attn, v).reshape(b, n, self.num_frames, d).swapaxes(1, 2).reshape(bf, n, d)
        return x + out


def make():
    np.random.seed(37409)
    x = Tensor(np.random.randn(8, 5, 16).astype(np.float32))
    return CachedTemporalAttention(MotionModuleConfig()), (x,)
