# case: diffusion timestep embedding with sinusoidal frequencies sized from a config dim and an odd-dim zero pad -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def timestep_embedding(t, dim, max_period=10000, flip_sin_to_cos=True):
    half = dim // 2
    freqs = ops.exp(-math.log(max_period) * ops.arange(0, half, dtype=ms.float32) / half)
    args = t.astype(ms.float32).expand_dims(1) * freqs.expand_dims(0)
    if flip_sin_to_cos:
        emb = ops.concat((ops.cos(args), ops.sin(args)), axis=-1)
    else:
        emb = ops.concat((ops.sin(args), ops.cos(args)), axis=-1)
    if dim % 2 == 1:
        emb = ops.pad(emb, (0, 1))
    return emb


class TimestepEmbedder(nn.Cell):
    def __init__(self, freq_dim=9, hidden=16, max_period=10000):
        super().__init__()
        self.freq_dim = freq_dim
        self.max_period = max_period
        self.mlp = nn.SequentialCell(nn.Dense(freq_dim, hidden), nn.SiLU(), nn.Dense(hidden, hidden))

    def construct(self, t):
        emb = timestep_embedding(t, self.freq_dim, self.max_period)
        return self.mlp(emb)


def make():
    np.random.seed(0)
    t = Tensor(np.random.randint(0, 1000, size=(4,)).astype(np.int32))
    return TimestepEmbedder(), (t,)
