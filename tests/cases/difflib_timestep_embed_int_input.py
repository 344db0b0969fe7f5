# case: timestep embedding accepts a Python int timestep, wraps it in a Tensor when not isinstance(Tensor) and broadcasts to batch via sample.shape[0] -> constant input, compiles statically
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EmbedConfig:
    def __init__(self, embedding_dim=32, time_embed_dim=64, flip_sin_to_cos=True, act_fn="silu"):
        self.embedding_dim = embedding_dim
        self.time_embed_dim = time_embed_dim
        self.flip_sin_to_cos = flip_sin_to_cos
        self.act_fn = act_fn


def get_timestep_embedding(timesteps, dim, flip_sin_to_cos=False, max_period=10000):
    half = dim // 2
    exponent = -math.log(max_period) * ops.arange(0, half, dtype=ms.float32) / half
    emb = timesteps[:, None].astype(ms.float32) * ops.exp(exponent)[None, :]
    emb = ops.cat([ops.sin(emb), ops.cos(emb)], axis=-1)
    if flip_sin_to_cos:
        emb = ops.cat([emb[:, half:], emb[:, :half]], axis=-1)
    return emb


class TimeEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.linear_1 = nn.Dense(config.embedding_dim, config.time_embed_dim)
        self.linear_2 = nn.Dense(config.time_embed_dim, config.time_embed_dim)
        self.act = nn.SiLU() if config.act_fn == "silu" else nn.GELU()

    def construct(self, sample, timestep):
        timesteps = timestep
        if not isinstance(timesteps, Tensor):
            timesteps = Tensor([timesteps], ms.int32)
        elif timesteps.ndim == 0:
            timesteps = timesteps[None]
        timesteps = ops.broadcast_to(timesteps, (sample.shape[0],))
        t_emb = get_timestep_embedding(timesteps, self.config.embedding_dim, self.config.flip_sin_to_cos)
        return self.linear_2(self.act(self.linear_1(t_emb)))


def make():
    np.random.seed(5)
    sample = Tensor(np.random.randn(3, 4, 8, 8).astype(np.float32))
    return TimeEmbedding(EmbedConfig()), (sample, 981)
