# case: reviews as many top transactions as were flagged by rules, k computed from a tensor sum and passed to topk -> k is a tensor value, Graph mode should fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RuleFlags(nn.Cell):
    def __init__(self, amount_limit=900.0, night_start=0, night_end=5):
        super().__init__()
        self.amount_limit = amount_limit
        self.night_start = night_start
        self.night_end = night_end

    def construct(self, amounts, hours):
        big = amounts > self.amount_limit
        night = ops.logical_and(hours >= self.night_start, hours <= self.night_end)
        return ops.logical_or(big, night)


class AdaptiveReview(nn.Cell):
    def __init__(self, feat_dim=4):
        super().__init__()
        self.rules = RuleFlags()
        self.scorer = nn.Dense(feat_dim, 1)

    def construct(self, feats, amounts, hours):
        flags = self.rules(amounts, hours)
        k = flags.astype(ms.int32).sum()
        risk = self.scorer(feats).squeeze(-1)
        vals, idx = ops.topk(risk, int(k))
        return vals, idx


def make():
    np.random.seed(6)
    feats = Tensor(np.random.randn(20, 4).astype(np.float32))
    amounts = Tensor((np.random.rand(20) * 1200).astype(np.float32))
    hours = Tensor(np.random.randint(0, 24, size=20).astype(np.int32))
    return AdaptiveReview(), (feats, amounts, hours)
