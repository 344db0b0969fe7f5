# case: converts fraud scores to within-batch percentile ranks with a full-length ops.sort and argsort of the indices -> sort keeps the input length, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RankNormalizer(nn.Cell):
    def construct(self, scores):
        n = scores.shape[0]
        _, order = ops.sort(scores, descending=False)
        ranks = ops.argsort(order.astype(ms.float32)).astype(ms.float32)
        return ranks / (n - 1)


class RankedRiskModel(nn.Cell):
    def __init__(self, feat_dim=6, alert_pct=0.9):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)
        self.rank = RankNormalizer()
        self.alert_pct = alert_pct

    def construct(self, feats):
        scores = self.fc(feats).squeeze(-1)
        pct = self.rank(scores)
        return pct, pct >= self.alert_pct


def make():
    np.random.seed(36)
    feats = Tensor(np.random.randn(15, 6).astype(np.float32))
    return RankedRiskModel(), (feats,)
