# case: RoI head picks proposals with an integer index tensor and gathers class scores (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoIHead(nn.Cell):
    def __init__(self, feat=8, classes=3):
        super().__init__()
        self.fc = nn.SequentialCell([nn.Dense(feat, 16), nn.ReLU(), nn.Dense(16, classes)])

    def construct(self, roi_feats, keep_idx):
        kept = roi_feats[keep_idx]
        logits = self.fc(kept)
        cls = ops.argmax(logits, dim=1)
        return ops.gather_elements(logits, 1, cls.reshape(-1, 1)).squeeze(1)


def make():
    feats = Tensor(np.random.randn(10, 8).astype(np.float32))
    keep = Tensor(np.array([0, 3, 4, 9], np.int32))
    return RoIHead(), (feats, keep)
