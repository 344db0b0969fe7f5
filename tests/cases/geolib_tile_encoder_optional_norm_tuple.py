# case: tile encoder with an optional BatchNorm and an output class only used when return_dict is set, which the default config never does -> tuple path only, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class TileEncoderOutput:
    def __init__(self, embedding, feature_map):
        self.embedding = embedding
        self.feature_map = feature_map


class TileEncoderConfig:
    in_bands = 6
    width = 16
    norm: Optional[str] = "batch"
    return_dict = False


def build_norm(kind, channels):
    if kind is None:
        return None
    if kind == "batch":
        return nn.BatchNorm2d(channels)
    return nn.GroupNorm(4, channels)


class TileEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.stem = nn.Conv2d(config.in_bands, config.width, 3, stride=2, pad_mode="same")
        self.norm = build_norm(config.norm, config.width)
        self.return_dict = config.return_dict

    def construct(self, tile):
        fmap = self.stem(tile)
        if self.norm is not None:
            fmap = self.norm(fmap)
        fmap = ops.relu(fmap)
        emb = fmap.mean(axis=(2, 3))
        if self.return_dict:
            return TileEncoderOutput(emb, fmap)
        return emb, fmap


def make():
    np.random.seed(3376)
    tile = Tensor(np.random.rand(4, 6, 32, 32).astype(np.float32))
    net = TileEncoder(TileEncoderConfig())
    net.set_train(False)
    return net, (tile,)
