# case: collect the predicted defect class ids into a Python set to count distinct defect types per batch -> set built from tensor values in construct, problem in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectVariety(nn.Cell):
    def __init__(self, feat_dim=8, n_classes=5):
        super().__init__()
        self.cls = nn.Dense(feat_dim, n_classes)

    def construct(self, feats):
        pred = self.cls(feats).argmax(axis=-1)
        seen = set()
        for p in pred:
            seen.add(int(p))
        variety = len(seen)
        return pred, Tensor(variety, ms.int32)


def make():
    np.random.seed(34)
    feats = np.random.rand(10, 8).astype(np.float32)
    return DefectVariety(), (Tensor(feats),)
