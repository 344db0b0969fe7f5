# case: sets the alert threshold as the 95th percentile of the batch scores using np.percentile on the tensor inside construct -> NumPy call on a tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PercentileAlert(nn.Cell):
    def __init__(self, feat_dim=6, pct=95.0):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)
        self.pct = pct

    def construct(self, feats):
        scores = ops.sigmoid(self.fc(feats)).squeeze(-1)
        thr = np.percentile(scores, self.pct)
        alerts = scores >= thr
        return scores, alerts


def make():
    np.random.seed(33)
    feats = Tensor(np.random.randn(40, 6).astype(np.float32))
    return PercentileAlert(), (feats,)
