# case: map argmax class indices to FDI tooth numbers with a constant lookup table gather -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FDI_CODES = [18, 17, 16, 15, 14, 13, 12, 11, 21, 22, 23, 24, 25, 26, 27, 28,
             48, 47, 46, 45, 44, 43, 42, 41, 31, 32, 33, 34, 35, 36, 37, 38]


class FdiNumberingHead(nn.Cell):
    def __init__(self, feat_dim=24, num_classes=32):
        super().__init__()
        self.fc = nn.SequentialCell([nn.Dense(feat_dim, 64), nn.ReLU(), nn.Dense(64, num_classes)])
        self.fdi_table = Tensor(np.array(FDI_CODES, dtype=np.int32))

    def construct(self, roi_feats):
        logits = self.fc(roi_feats)
        cls = ops.argmax(logits, dim=-1)
        fdi = ops.gather(self.fdi_table, cls, 0)
        quadrant = fdi // 10
        conf = ops.softmax(logits, axis=-1).max(axis=-1)
        return fdi, quadrant, conf


def make():
    np.random.seed(7)
    feats = np.random.randn(20, 24).astype(np.float32)
    return FdiNumberingHead(), (Tensor(feats),)
