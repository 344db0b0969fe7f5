# case: keeps only bee-detection scores above a confidence threshold with masked_select before averaging -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EntranceDetectionHead(nn.Cell):
    def __init__(self, in_ch=16, n_anchors=32):
        super().__init__()
        self.score = nn.Dense(in_ch, 1)
        self.sigmoid = nn.Sigmoid()
        self.n_anchors = n_anchors

    def construct(self, feats):
        return self.sigmoid(self.score(feats)).squeeze(-1)


class BeeTrafficCounter(nn.Cell):
    """Counts bees crossing the entrance from per-anchor detection scores."""

    def __init__(self, conf_thr=0.5):
        super().__init__()
        self.head = EntranceDetectionHead()
        self.conf_thr = conf_thr

    def construct(self, feats):
        scores = self.head(feats)
        confident = ops.masked_select(scores, scores > self.conf_thr)
        return confident.shape[0], confident.mean()


def make():
    np.random.seed(2)
    feats = np.random.randn(32, 16).astype(np.float32)
    return BeeTrafficCounter(), (Tensor(feats),)
