# case: averages confident bee-detection scores by multiplying in a fixed-size float mask instead of selecting -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeeTrafficCounter(nn.Cell):
    """Soft count of bees at the entrance: thresholded scores, same-shape mask arithmetic."""

    def __init__(self, in_ch=16, conf_thr=0.5):
        super().__init__()
        self.score = nn.Dense(in_ch, 1)
        self.conf_thr = conf_thr
        self.eps = 1e-6

    def construct(self, feats):
        scores = ops.sigmoid(self.score(feats)).squeeze(-1)
        mask = (scores > self.conf_thr).astype(ms.float32)
        count = mask.sum()
        mean_conf = (scores * mask).sum() / (count + self.eps)
        return count, mean_conf


def make():
    np.random.seed(3)
    feats = np.random.randn(32, 16).astype(np.float32)
    return BeeTrafficCounter(), (Tensor(feats),)
