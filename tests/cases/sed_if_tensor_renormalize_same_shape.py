# case: renormalizes frame probabilities only when their peak exceeds 1 (tensor condition) with both branches keeping the same shape -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeFrameProbs(nn.Cell):
    def __init__(self, in_dim=10, n_classes=4):
        super().__init__()
        self.fc = nn.Dense(in_dim, n_classes)

    def construct(self, feats):
        scores = ops.relu(self.fc(feats))
        peak = scores.max()
        if peak > 1.0:
            scores = scores / peak
        else:
            scores = scores * 1.0
        return scores


def make():
    np.random.seed(38)
    feats = Tensor(np.random.randn(2, 8, 10).astype(np.float32) * 3)
    return SafeFrameProbs(), (feats,)
