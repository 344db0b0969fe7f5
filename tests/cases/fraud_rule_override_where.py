# case: applies blacklist/whitelist and amount-cap overrides with ops.where chains, enabled by a Python bool flag -> fixed shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RuleOverrideModel(nn.Cell):
    def __init__(self, feat_dim=6, use_rules=True, hard_cap=5000.0):
        super().__init__()
        self.net = nn.SequentialCell(nn.Dense(feat_dim, 8), nn.GELU(), nn.Dense(8, 1))
        self.use_rules = use_rules
        self.hard_cap = hard_cap

    def apply_rules(self, score, amounts, blacklisted, whitelisted):
        score = ops.where(amounts > self.hard_cap, ops.maximum(score, ops.full_like(score, 0.8)), score)
        score = ops.where(blacklisted, ops.ones_like(score), score)
        score = ops.where(whitelisted, ops.zeros_like(score), score)
        return score

    def construct(self, feats, amounts, blacklisted, whitelisted):
        score = ops.sigmoid(self.net(feats)).squeeze(-1)
        if self.use_rules:
            score = self.apply_rules(score, amounts, blacklisted, whitelisted)
        return score


def make():
    np.random.seed(20)
    feats = Tensor(np.random.randn(10, 6).astype(np.float32))
    amounts = Tensor((np.random.rand(10) * 8000).astype(np.float32))
    blacklisted = Tensor(np.random.rand(10) > 0.8)
    whitelisted = Tensor(np.random.rand(10) > 0.85)
    return RuleOverrideModel(), (feats, amounts, blacklisted, whitelisted)
