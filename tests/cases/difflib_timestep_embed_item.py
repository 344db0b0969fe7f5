# case: sinusoidal timestep embedding normalises a tensor timestep to a Python float with .item() in a helper before building the frequency table -> Graph mode cannot take .item() of a runtime tensor
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_PERIOD = 10000


class EmbedConfig:
    def __init__(self, embedding_dim=32, flip_sin_to_cos=True, downscale_freq_shift=1.0, scale=1.0):
        self.embedding_dim = embedding_dim
        self.flip_sin_to_cos = flip_sin_to_cos
        self.downscale_freq_shift = downscale_freq_shift
        self.scale = scale


class Timesteps(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dim = config.embedding_dim
        self.flip_sin_to_cos = config.flip_sin_to_cos
        self.shift = config.downscale_freq_shift
        self.scale = config.scale

    def _as_scalar(self, timestep):
        if isinstance(timestep, Tensor):
            return timestep.item()
        return float(timestep)

    def construct(self, timestep, batch_size):
        t = self._as_scalar(timestep)
        half = self.dim // 2
        exponent = -math.log(MAX_PERIOD) * ops.arange(0, half, dtype=ms.float32) / (half - self.shift)
        emb = t * ops.exp(exponent) * self.scale
        emb = ops.cat([ops.sin(emb), ops.cos(emb)], axis=-1)
        if self.flip_sin_to_cos:
            emb = ops.cat([emb[half:], emb[:half]], axis=-1)
        return ops.broadcast_to(emb[None, :], (batch_size, self.dim))


def make():
    np.random.seed(4)
    return Timesteps(EmbedConfig()), (Tensor(np.array(37, np.int32)), 2)
