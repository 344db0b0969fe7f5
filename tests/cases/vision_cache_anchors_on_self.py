# case: anchor generator caches the anchor tensor on self inside construct the first time it is computed -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CachedAnchorGenerator(nn.Cell):
    def __init__(self, stride=8, sizes=(16.0, 32.0)):
        super().__init__()
        self.stride = stride
        self.sizes = sizes
        self.cached_anchors = None

    def _grid_anchors(self, h, w):
        ys = ops.arange(h, dtype=ms.float32) * self.stride + self.stride / 2
        xs = ops.arange(w, dtype=ms.float32) * self.stride + self.stride / 2
        cy, cx = ops.meshgrid(ys, xs, indexing="ij")
        per_size = []
        for s in self.sizes:
            half = s / 2
            per_size.append(ops.stack([cx - half, cy - half, cx + half, cy + half], axis=-1))
        return ops.stack(per_size, axis=2).reshape(-1, 4)

    def construct(self, feature):
        if self.cached_anchors is None:
            self.cached_anchors = self._grid_anchors(feature.shape[2], feature.shape[3])
        return self.cached_anchors


def make():
    feat = Tensor(np.zeros((1, 8, 6, 6), dtype=np.float32))
    return CachedAnchorGenerator(), (feat,)
