# case: blind denoiser quantizes the estimated noise map and embeds each unique level found -> dynamic shape at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NoiseLevelEmbedding(nn.Cell):
    def __init__(self, num_levels=8, dim=4):
        super().__init__()
        self.num_levels = num_levels
        self.table = nn.Embedding(num_levels, dim)

    def construct(self, level_idx):
        return self.table(level_idx)


class BlindDenoiser(nn.Cell):
    def __init__(self, channels=3, num_levels=8, dim=4):
        super().__init__()
        self.num_levels = num_levels
        self.estimator = nn.Conv2d(channels, 1, 3, pad_mode="same")
        self.embed = NoiseLevelEmbedding(num_levels, dim)
        self.fuse = nn.Dense(dim, channels)

    def construct(self, noisy):
        est = ops.sigmoid(self.estimator(noisy))
        q = ops.cast(est * (self.num_levels - 1), ms.int32)
        levels, _ = ops.unique(q.reshape(-1))
        emb = self.embed(levels)
        bias = self.fuse(emb).mean(axis=0)
        return noisy - bias.reshape(1, -1, 1, 1)


def make():
    np.random.seed(7)
    noisy = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    return BlindDenoiser(), (noisy,)
