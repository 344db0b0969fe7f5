# case: blade inspection summary builds a Python dict of per-class defect counts in construct, keyed by class name, updating it in a loop and returning it -> dict built and mutated in Graph mode, may compile or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFECT_CLASSES = ("erosion", "crack", "lightning", "delamination")


class DefectSummary(nn.Cell):
    def __init__(self, feat_dim=10):
        super().__init__()
        self.head = nn.Dense(feat_dim, len(DEFECT_CLASSES))

    def construct(self, patch_feats):
        logits = self.head(patch_feats)
        pred = ops.argmax(logits, dim=-1)
        summary = {}
        for i, name in enumerate(DEFECT_CLASSES):
            summary[name] = (pred == i).astype(ms.int32).sum()
        summary["worst"] = ops.argmax(logits.max(axis=0))
        return summary


def make():
    np.random.seed(10)
    feats = Tensor(np.random.randn(18, 10).astype(np.float32))
    return DefectSummary(), (feats,)
