# case: reads a per-segment decision threshold from a tensor with float() and compares it in a Python ternary to pick the decision label -> float() of a tensor inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecisionLayer(nn.Cell):
    def __init__(self, feat_dim=5):
        super().__init__()
        self.scorer = nn.Dense(feat_dim, 1)

    def construct(self, feats, segment_threshold):
        score = ops.sigmoid(self.scorer(feats)).mean()
        thr = float(segment_threshold)
        decision = 1 if float(score) > thr else 0
        return score, decision


def make():
    np.random.seed(18)
    feats = Tensor(np.random.randn(8, 5).astype(np.float32))
    segment_threshold = Tensor(0.42, ms.float32)
    return DecisionLayer(), (feats, segment_threshold)
