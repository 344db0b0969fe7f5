# case: list the distinct veining classes predicted on a marble slab's tiles with ops.unique -> dynamic output shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VeinTileClassifier(nn.Cell):
    def __init__(self, in_feats=16, n_classes=6, hidden=32):
        super().__init__()
        self.mlp = nn.SequentialCell([
            nn.Dense(in_feats, hidden), nn.ReLU(),
            nn.Dense(hidden, n_classes),
        ])

    def construct(self, tile_feats):
        return self.mlp(tile_feats)


class SlabVeinSummary(nn.Cell):
    def __init__(self):
        super().__init__()
        self.cls = VeinTileClassifier()

    def construct(self, tile_feats):
        logits = self.cls(tile_feats)
        labels = ops.argmax(logits, dim=-1)
        classes, tile_to_class = ops.unique(labels)
        return classes, tile_to_class


def make():
    np.random.seed(41)
    tiles = Tensor(np.random.randn(48, 16).astype(np.float32))
    return SlabVeinSummary(), (tiles,)
