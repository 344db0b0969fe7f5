# case: inspection-car defect scores are filtered with masked_select and averaged -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectScorer(nn.Cell):
    def __init__(self, channels=8, threshold=0.6):
        super().__init__()
        self.proj = nn.Dense(channels, 1)
        self.sigmoid = nn.Sigmoid()
        self.threshold = threshold

    def construct(self, features):
        scores = self.sigmoid(self.proj(features)).squeeze(-1)
        flagged = ops.masked_select(scores, scores > self.threshold)
        mean_flagged = flagged.sum() / (flagged.shape[0] + 1e-6)
        return scores, mean_flagged


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(32, 8).astype(np.float32))
    return DefectScorer(), (feats,)
