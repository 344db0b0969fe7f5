# case: histogram of predicted defect classes per board via one_hot with a fixed class count and a sum -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectHistogram(nn.Cell):
    def __init__(self, n_feat=12, n_classes=6):
        super().__init__()
        self.n_classes = n_classes
        self.cls = nn.Dense(n_feat, n_classes)
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, roi_feats):
        logits = self.cls(roi_feats)
        ids = ops.argmax(logits, dim=-1)
        oh = ops.one_hot(ids, self.n_classes, self.on, self.off)
        hist = oh.sum(axis=0)
        present = (hist > 0).astype(ms.float32)
        n_kinds = present.sum()
        return hist, n_kinds


def make():
    np.random.seed(7)
    roi = Tensor(np.random.randn(15, 12).astype(np.float32))
    return DefectHistogram(), (roi,)
