# case: diffusion UNet timestep embedding: module-level sinusoidal helper with half = dim // 2 and an MLP, flip_sin_to_cos flag from config -> Python-int sizes only, expected static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_PERIOD = 10000


def get_timestep_embedding(timesteps, dim, flip_sin_to_cos=False, shift=1.0):
    half = dim // 2
    exponent = -math.log(MAX_PERIOD) * ops.arange(0, half, dtype=ms.float32) / (half - shift)
    emb = timesteps[:, None].astype(ms.float32) * ops.exp(exponent)[None, :]
    emb = ops.cat((ops.sin(emb), ops.cos(emb)), axis=-1)
    if flip_sin_to_cos:
        emb = ops.cat((emb[:, half:], emb[:, :half]), axis=-1)
    if dim % 2 == 1:
        emb = ops.pad(emb, (0, 1))
    return emb


class TimestepConfig:
    def __init__(self, channels=32, time_embed_dim=64, flip_sin_to_cos=True, freq_shift=0.0):
        self.channels = channels
        self.time_embed_dim = time_embed_dim
        self.flip_sin_to_cos = flip_sin_to_cos
        self.freq_shift = freq_shift


class TimestepEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.channels = config.channels
        self.flip = config.flip_sin_to_cos
        self.shift = config.freq_shift
        self.linear_1 = nn.Dense(config.channels, config.time_embed_dim)
        self.act = nn.SiLU()
        self.linear_2 = nn.Dense(config.time_embed_dim, config.time_embed_dim)

    def construct(self, timesteps, cond=None):
        t_emb = get_timestep_embedding(timesteps, self.channels, self.flip, self.shift)
        h = self.linear_2(self.act(self.linear_1(t_emb)))
        if cond is not None:
            h = h + cond
        return h


def make():
    np.random.seed(37403)
    t = Tensor(np.array([1, 250, 500, 999], np.int32))
    return TimestepEmbedding(TimestepConfig()), (t,)
