# case: scene-level inference runs the head on as many tiles as the scene has valid (non-nodata) tiles, the count coming from int() of a tensor sum -> Python loop count from tensor values, list of tiles grown in it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SceneConfig:
    def __init__(self, tile=8, channels=4, nodata=0.0):
        self.tile = tile
        self.channels = channels
        self.nodata = nodata


def to_tiles(x, tile):
    c, h, w = x.shape
    t = x.reshape(c, h // tile, tile, w // tile, tile).transpose(1, 3, 0, 2, 4)
    return t.reshape(-1, c, tile, tile)


class ValidTileInference(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tile = config.tile
        self.nodata = config.nodata
        self.head = nn.Conv2d(config.channels, 1, 3, pad_mode="same")

    def _num_valid(self, tiles):
        valid = (ops.abs(tiles - self.nodata).sum(axis=(1, 2, 3)) > 0).astype(ms.int32)
        return int(valid.sum())

    def construct(self, scene):
        tiles = to_tiles(scene, self.tile)
        preds = []
        for i in range(self._num_valid(tiles)):
            preds.append(self.head(tiles[i:i + 1]))
        return ops.cat(preds, axis=0)


def make():
    np.random.seed(24)
    scene = np.random.rand(4, 32, 32).astype(np.float32)
    scene[:, 24:, :] = 0.0
    return ValidTileInference(SceneConfig()), (Tensor(scene),)
