# case: averages hotspot die scores by multiplying a fixed-size float mask into the scores instead of selecting them -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HotspotMeanStatic(nn.Cell):
    def __init__(self, threshold=0.7, eps=1e-6):
        super().__init__()
        self.threshold = threshold
        self.eps = eps
        self.proj = nn.Dense(8, 1)

    def construct(self, die_feats):
        scores = ops.sigmoid(self.proj(die_feats)).squeeze(-1)
        mask = (scores > self.threshold).astype(scores.dtype)
        hot_sum = (scores * mask).sum()
        hot_cnt = mask.sum()
        return hot_sum / (hot_cnt + self.eps), hot_cnt


def make():
    np.random.seed(20)
    return HotspotMeanStatic(), (Tensor(np.random.randn(64, 8).astype(np.float32)),)
