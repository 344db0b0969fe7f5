# case: boolean-mask index the per-tile defect logits to keep tiles flagged as glazed, then softmax over them -> boolean indexing gives dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TileDefectHead(nn.Cell):
    def __init__(self, feat_dim=10, n_classes=4):
        super().__init__()
        self.head = nn.Dense(feat_dim, n_classes)

    def construct(self, tile_feats, glazed):
        logits = self.head(tile_feats)
        kept = logits[glazed]
        probs = ops.softmax(kept, axis=-1)
        return probs.mean(axis=0)


def make():
    np.random.seed(14)
    feats = np.random.rand(12, 10).astype(np.float32)
    glazed = np.random.rand(12) > 0.4
    return TileDefectHead(), (Tensor(feats), Tensor(glazed))
