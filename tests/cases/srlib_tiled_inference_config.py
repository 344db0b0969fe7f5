# case: tiled inference with tile size and overlap from config, tile grid from img.shape, overlapping tiles blended by padding each result back to full size and dividing by a count map -> all bounds are Python ints, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TileConfig:
    def __init__(self, tile=8, tile_overlap=2, num_feat=8, use_tile=True):
        self.tile = tile
        self.tile_overlap = tile_overlap
        self.num_feat = num_feat
        self.use_tile = use_tile


def tile_starts(size, tile, stride):
    starts = list(range(0, size - tile, stride))
    return starts + [size - tile]


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
        self.stride = config.tile - config.tile_overlap
        self.use_tile = config.use_tile

    def construct(self, img):
        if not self.use_tile:
            return self.model(img)
        _, _, h, w = img.shape
        t = min(self.tile, h, w)
        acc = ops.zeros_like(img)
        cnt = ops.zeros_like(img)
        for y in tile_starts(h, t, self.stride):
            for x in tile_starts(w, t, self.stride):
                out = self.model(img[:, :, y:y + t, x:x + t])
                pads = (x, w - x - t, y, h - y - t)
                acc = acc + ops.pad(out, pads)
                cnt = cnt + ops.pad(ops.ones_like(out), pads)
        return acc / cnt


def make():
    np.random.seed(8)
    img = Tensor(np.random.rand(1, 3, 14, 12).astype(np.float32))
    return TiledInference(TileConfig()), (img,)
