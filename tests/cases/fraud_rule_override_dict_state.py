# case: applies business-rule overrides stored in a dict that construct mutates (counts hits per rule) and returns alongside the score -> dict built and mutated with tensor values in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RuleOverrideModel(nn.Cell):
    def __init__(self, feat_dim=6, blacklist_score=1.0, whitelist_score=0.0):
        super().__init__()
        self.net = nn.Dense(feat_dim, 1)
        self.blacklist_score = blacklist_score
        self.whitelist_score = whitelist_score

    def construct(self, feats, blacklisted, whitelisted):
        score = ops.sigmoid(self.net(feats)).squeeze(-1)
        hits = {"blacklist": 0, "whitelist": 0}
        hits["blacklist"] = blacklisted.astype(ms.int32).sum()
        hits["whitelist"] = whitelisted.astype(ms.int32).sum()
        score = ops.where(blacklisted, ops.full_like(score, self.blacklist_score), score)
        score = ops.where(whitelisted, ops.full_like(score, self.whitelist_score), score)
        if hits["blacklist"] > 0:
            hits["any_override"] = True
        return score, hits


def make():
    np.random.seed(19)
    feats = Tensor(np.random.randn(10, 6).astype(np.float32))
    blacklisted = Tensor(np.random.rand(10) > 0.8)
    whitelisted = Tensor(np.random.rand(10) > 0.85)
    return RuleOverrideModel(), (feats, blacklisted, whitelisted)
