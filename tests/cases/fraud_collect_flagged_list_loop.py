# case: loops over transactions and appends the feature rows whose amount exceeds a limit to a Python list, then stacks them for a pattern scorer -> list length depends on tensor values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatternScorer(nn.Cell):
    def __init__(self, feat_dim=4):
        super().__init__()
        self.fc = nn.Dense(feat_dim, 1)

    def construct(self, rows):
        return ops.sigmoid(self.fc(rows)).mean()


class LargeTxnReview(nn.Cell):
    def __init__(self, feat_dim=4, limit=700.0):
        super().__init__()
        self.limit = limit
        self.scorer = PatternScorer(feat_dim)

    def construct(self, feats, amounts):
        picked = []
        for i in range(amounts.shape[0]):
            if amounts[i] > self.limit:
                picked.append(feats[i])
        rows = ops.stack(picked)
        return self.scorer(rows)


def make():
    np.random.seed(29)
    feats = Tensor(np.random.randn(12, 4).astype(np.float32))
    amounts = Tensor((np.random.rand(12) * 1000).astype(np.float32))
    amounts[0] = 950.0
    return LargeTxnReview(), (feats, amounts)
