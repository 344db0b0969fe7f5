# case: highlight scorer computes an adaptive cutoff with np.percentile on the host copy of the excitement scores and subtracts it inside construct -> NumPy call on asnumpy() of a tensor in construct, host round trip in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExcitementHead(nn.Cell):
    def __init__(self, feat_dim=10):
        super().__init__()
        self.fc1 = nn.Dense(feat_dim, 8)
        self.fc2 = nn.Dense(8, 1)

    def construct(self, x):
        return self.fc2(ops.relu(self.fc1(x))).squeeze(-1)


class AdaptiveHighlightScorer(nn.Cell):
    def __init__(self, feat_dim=10, pct=90.0, temperature=0.5):
        super().__init__()
        self.head = ExcitementHead(feat_dim)
        self.pct = pct
        self.temperature = temperature

    def construct(self, ticks):
        scores = self.head(ticks)
        cutoff = float(np.percentile(scores.asnumpy(), self.pct))
        return ops.sigmoid((scores - cutoff) / self.temperature)


def make():
    np.random.seed(48)
    ticks = Tensor(np.random.randn(30, 10).astype(np.float32))
    return AdaptiveHighlightScorer(10, 90.0, 0.5), (ticks,)
