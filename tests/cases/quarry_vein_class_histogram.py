# case: count tiles per veining class on a marble slab with one_hot sum (fixed class count) -> static graph
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


class SlabVeinHistogram(nn.Cell):
    def __init__(self, n_classes=6):
        super().__init__()
        self.n_classes = n_classes
        self.cls = VeinTileClassifier(n_classes=n_classes)

    def construct(self, tile_feats):
        logits = self.cls(tile_feats)
        labels = ops.argmax(logits, dim=-1)
        onehot = ops.one_hot(labels, self.n_classes, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        hist = onehot.sum(axis=0)
        dominant = ops.argmax(hist)
        return hist, dominant


def make():
    np.random.seed(42)
    tiles = Tensor(np.random.randn(48, 16).astype(np.float32))
    return SlabVeinHistogram(), (tiles,)
