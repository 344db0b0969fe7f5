# case: board grader counts defect classes over image tiles with one_hot and a sum, giving a fixed-size histogram -> static shapes, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectHistogram(nn.Cell):
    def __init__(self, n_classes=6, tile_feat=32):
        super().__init__()
        self.n_classes = n_classes
        self.head = nn.Dense(tile_feat, n_classes)

    def construct(self, tile_features):
        logits = self.head(tile_features)
        tile_class = ops.argmax(logits, dim=-1)
        hist = ops.one_hot(tile_class, self.n_classes, Tensor(1.0, ms.float32),
                           Tensor(0.0, ms.float32)).sum(axis=0)
        n_kinds = ops.cast(hist[1:] > 0, ms.float32).sum()
        return hist, n_kinds


def make():
    np.random.seed(3220)
    feats = Tensor(np.random.randn(20, 32).astype(np.float32))
    return DefectHistogram(), (feats,)
