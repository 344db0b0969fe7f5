# case: memory-conscious tile encoder frees the large stem activation with `del` inside construct once the pooled features are computed -> del statement in construct, expected refused by Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, in_bands=6, width=16, free_activations=True, use_norm=False):
        self.in_bands = in_bands
        self.width = width
        self.free_activations = free_activations
        self.use_norm = use_norm


class LowMemoryTileEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.stem = nn.Conv2d(config.in_bands, config.width, 5, pad_mode="same")
        self.norm = nn.BatchNorm2d(config.width) if config.use_norm else None
        self.pool = nn.AdaptiveAvgPool2d(4)
        self.proj = nn.Dense(config.width * 16, config.width)

    def construct(self, tile):
        act = ops.relu(self.stem(tile))
        if self.norm is not None:
            act = self.norm(act)
        pooled = self.pool(act)
        del act
        return self.proj(pooled.reshape(pooled.shape[0], -1))


def make():
    np.random.seed(3401)
    tile = Tensor(np.random.rand(2, 6, 32, 32).astype(np.float32))
    return LowMemoryTileEncoder(EncoderConfig()), (tile,)
