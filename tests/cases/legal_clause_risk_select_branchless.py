# case: flag risky clauses by comparing the tensor mean risk with a threshold and blending via ops.select -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BranchlessRiskFlagger(nn.Cell):
    def __init__(self, hidden=10, threshold=0.5, boost=2.0):
        super().__init__()
        self.risk = nn.Dense(hidden, 1)
        self.threshold = threshold
        self.boost = boost

    def construct(self, clause_tokens):
        probs = ops.sigmoid(self.risk(clause_tokens)).squeeze(-1)   # (C, L)
        mean_risk = probs.mean(axis=-1, keep_dims=True)
        risky = ops.broadcast_to(mean_risk > self.threshold, probs.shape)
        return ops.select(risky, probs * self.boost, probs)


def make():
    np.random.seed(21)
    clause_tokens = Tensor(np.random.randn(4, 9, 10).astype(np.float32))
    return BranchlessRiskFlagger(), (clause_tokens,)
