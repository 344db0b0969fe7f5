# case: defect scores above threshold averaged with a float mask multiplied in -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectScorer(nn.Cell):
    def __init__(self, channels=8, threshold=0.6):
        super().__init__()
        self.proj = nn.Dense(channels, 1)
        self.sigmoid = nn.Sigmoid()
        self.threshold = threshold

    def flagged_mean(self, scores):
        mask = (scores > self.threshold).astype(ms.float32)
        count = mask.sum()
        return (scores * mask).sum() / ops.maximum(count, Tensor(1.0, ms.float32))

    def construct(self, features):
        scores = self.sigmoid(self.proj(features)).squeeze(-1)
        return scores, self.flagged_mean(scores)


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(32, 8).astype(np.float32))
    return DefectScorer(), (feats,)
