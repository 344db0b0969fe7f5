# case: list the distinct defect classes predicted on a circuit board with ops.unique and count them -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PcbDefectClassifier(nn.Cell):
    def __init__(self, n_feat=12, n_classes=6):
        super().__init__()
        self.cls = nn.Dense(n_feat, n_classes)

    def construct(self, roi_feats):
        logits = self.cls(roi_feats)
        return ops.argmax(logits, dim=-1)


class BoardDefectSummary(nn.Cell):
    def __init__(self):
        super().__init__()
        self.classifier = PcbDefectClassifier()

    def construct(self, roi_feats):
        cls_ids = self.classifier(roi_feats)
        kinds, inv = ops.unique(cls_ids)
        n_kinds = kinds.shape[0]
        return kinds, inv, n_kinds


def make():
    np.random.seed(6)
    roi = Tensor(np.random.randn(15, 12).astype(np.float32))
    return BoardDefectSummary(), (roi,)
