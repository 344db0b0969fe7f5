# case: keep only defect scores above the reject threshold with masked_select and average them -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectScoreHead(nn.Cell):
    def __init__(self, in_ch=16, reject_threshold=0.6):
        super().__init__()
        self.fc = nn.Dense(in_ch, 1)
        self.sigmoid = nn.Sigmoid()
        self.reject_threshold = reject_threshold

    def construct(self, feats):
        scores = self.sigmoid(self.fc(feats)).squeeze(-1)
        return scores


class RejectedScoreMean(nn.Cell):
    def __init__(self):
        super().__init__()
        self.head = DefectScoreHead()

    def construct(self, feats):
        scores = self.head(feats)
        hot = scores > self.head.reject_threshold
        rejected = ops.masked_select(scores, hot)
        mean_rejected = rejected.sum() / (rejected.shape[0] + 1e-6)
        return scores, mean_rejected


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(12, 16).astype(np.float32))
    return RejectedScoreMean(), (feats,)
