# case: tile classifier keeps a running count of processed tiles and the last land-cover ratio by assigning to self attributes in construct -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LandCoverTileClassifier(nn.Cell):
    def __init__(self, in_ch=4, num_classes=5):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, num_classes, 1)
        self.tiles_seen = 0
        self.last_urban_ratio = 0.0

    def construct(self, tile):
        logits = self.conv(tile)
        cls_map = logits.argmax(1)
        urban = (cls_map == 2).astype(ms.float32).mean()
        self.tiles_seen = self.tiles_seen + tile.shape[0]
        self.last_urban_ratio = urban
        return logits.mean((2, 3)), urban


def make():
    np.random.seed(10)
    tile = Tensor(np.random.rand(2, 4, 12, 12).astype(np.float32))
    return LandCoverTileClassifier(), (tile,)
