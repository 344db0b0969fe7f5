# case: tiled inference whose tile size can be overridden per call by a tensor, so the number of tiles is computed from its value -> loop counts and slice bounds from tensor data, expected dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TileConfig:
    def __init__(self, tile=8, tile_pad=0, scale=1, num_feat=8):
        self.tile = tile
        self.tile_pad = tile_pad
        self.scale = scale
        self.num_feat = num_feat


class TinyRestorer(nn.Cell):
    def __init__(self, num_feat):
        super().__init__()
        self.head = nn.Conv2d(3, num_feat, 3, pad_mode="same", has_bias=True)
        self.tail = nn.Conv2d(num_feat, 3, 3, pad_mode="same", has_bias=True)

    def construct(self, x):
        return x + self.tail(ops.relu(self.head(x)))


class TiledInference(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.model = TinyRestorer(config.num_feat)
        self.tile = config.tile

    def _grid(self, h, w, tile_override):
        tile = self.tile if tile_override is None else int(tile_override)
        return tile, (h + tile - 1) // tile, (w + tile - 1) // tile

    def construct(self, img, tile_override=None):
        _, _, h, w = img.shape
        tile, n_y, n_x = self._grid(h, w, tile_override)
        rows = []
        for y in range(n_y):
            cols = []
            for x in range(n_x):
                patch = img[:, :, y * tile:(y + 1) * tile, x * tile:(x + 1) * tile]
                cols.append(self.model(patch))
            rows.append(ops.concat(cols, axis=3))
        return ops.concat(rows, axis=2)


def make():
    np.random.seed(7)
    img = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    return TiledInference(TileConfig()), (img, Tensor(8, ms.int32))
