# case: streaming temporal attention builds its causal mask inside construct from the sequence length (x.shape[1]) and a cached-window count that looks like data -> shapes only, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamingConfig:
    def __init__(self, dim=16, window=4, causal=True):
        self.dim = dim
        self.window = window
        self.causal = causal


def causal_window_mask(num_frames, window):
    ones = ops.ones((num_frames, num_frames), ms.float32)
    future = ops.triu(ones, diagonal=1)
    too_old = ops.tril(ones, diagonal=-window)
    return (future + too_old) > 0


class StreamingTemporalAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qkv = nn.Dense(config.dim, 3 * config.dim)
        self.window = config.window
        self.causal = config.causal
        self.scale = config.dim ** -0.5

    def construct(self, x, past_frames=None):
        if past_frames is not None:
            x = ops.concat((past_frames, x), axis=1)
        num_frames = x.shape[1]
        num_cached = num_frames - self.window
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        scores = ops.bmm(q, k.swapaxes(1, 2)) * self.scale
        if self.causal:
            mask = causal_window_mask(num_frames, self.window)
            scores = ops.where(mask, ops.full_like(scores, -1e4), scores)
        out = ops.bmm(ops.softmax(scores, axis=-1), v)
        return out[:, num_cached:]


def make():
    np.random.seed(131)
    x = Tensor(np.random.randn(2, 4, 16).astype(np.float32))
    past = Tensor(np.random.randn(2, 4, 16).astype(np.float32))
    return StreamingTemporalAttention(StreamingConfig()), (x, past)
