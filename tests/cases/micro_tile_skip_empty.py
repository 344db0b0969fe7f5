# case: tiles a whole-slide crop and keeps only tiles containing tissue (list append under tensor condition) -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TissueTileFilter(nn.Cell):
    def __init__(self, tile=16, min_tissue_fraction=0.1, tissue_threshold=0.2):
        super().__init__()
        self.tile = tile
        self.min_fraction = min_tissue_fraction
        self.tissue_threshold = tissue_threshold

    def _tissue_fraction(self, tile):
        return (tile > self.tissue_threshold).astype(ms.float32).mean()

    def construct(self, img):
        _, _, h, w = img.shape
        kept = []
        for y in range(0, h, self.tile):
            for x in range(0, w, self.tile):
                patch = img[:, :, y:y + self.tile, x:x + self.tile]
                if self._tissue_fraction(patch) > self.min_fraction:
                    kept.append(patch)
        return ops.stack(kept)


def make():
    np.random.seed(6)
    img = (np.random.rand(1, 1, 48, 48) * 0.1).astype(np.float32)
    img[:, :, 0:16, 16:40] += 0.8
    img[:, :, 32:48, 0:16] += 0.8
    return TissueTileFilter(), (Tensor(img),)
