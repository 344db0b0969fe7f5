# case: tile encoder normalises channels-first feature maps with an nn.LayerNorm subclass that permutes to channels-last and back, optional via config.norm -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class ChannelsFirstLayerNorm(nn.LayerNorm):
    def __init__(self, num_channels, eps=1e-6):
        super().__init__((num_channels,), begin_norm_axis=-1, begin_params_axis=-1, epsilon=eps)

    def construct(self, x):
        x = x.transpose(0, 2, 3, 1)
        x = super().construct(x)
        return x.transpose(0, 3, 1, 2)


class TileEncoderConfig:
    def __init__(self, in_bands=4, width=16, norm: Optional[str] = "layer", depth=2):
        self.in_bands = in_bands
        self.width = width
        self.norm = norm
        self.depth = depth


class ConvNeXtishTileEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.stem = nn.Conv2d(config.in_bands, config.width, 4, stride=4)
        self.blocks = nn.CellList([nn.Conv2d(config.width, config.width, 3, pad_mode="same", group=config.width) for _ in range(config.depth)])
        self.norms = nn.CellList([ChannelsFirstLayerNorm(config.width) for _ in range(config.depth)]) if config.norm == "layer" else None

    def construct(self, tile):
        x = self.stem(tile)
        for i, block in enumerate(self.blocks):
            y = block(x)
            if self.norms is not None:
                y = self.norms[i](y)
            x = x + ops.gelu(y)
        return x


def make():
    np.random.seed(3407)
    tile = Tensor(np.random.rand(2, 4, 32, 32).astype(np.float32))
    return ConvNeXtishTileEncoder(TileEncoderConfig()), (tile,)
