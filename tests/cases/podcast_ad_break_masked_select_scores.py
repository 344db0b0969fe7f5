# case: score windows with a small classifier and keep only the ad-break scores above a threshold via masked_select -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdBreakClassifier(nn.Cell):
    def __init__(self, feat_dim=20, threshold=0.5):
        super().__init__()
        self.fc1 = nn.Dense(feat_dim, 8)
        self.fc2 = nn.Dense(8, 1)
        self.act = nn.ReLU()
        self.threshold = threshold

    def score(self, windows):
        return ops.sigmoid(self.fc2(self.act(self.fc1(windows)))).squeeze(-1)

    def construct(self, windows):
        scores = self.score(windows)
        is_ad = scores > self.threshold
        ad_scores = ops.masked_select(scores, is_ad)
        return ad_scores.mean(), ad_scores


def make():
    np.random.seed(2)
    windows = Tensor(np.random.randn(30, 20).astype(np.float32))
    return AdBreakClassifier(), (windows,)
