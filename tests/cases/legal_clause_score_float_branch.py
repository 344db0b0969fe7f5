# case: flag a clause as risky by converting its mean risk score with float() and branching on it in Python -> float() of a tensor in construct, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RiskyClauseFlagger(nn.Cell):
    def __init__(self, hidden=10, threshold=0.5):
        super().__init__()
        self.risk = nn.Dense(hidden, 1)
        self.threshold = threshold

    def construct(self, clause_tokens):
        probs = ops.sigmoid(self.risk(clause_tokens)).squeeze(-1)
        mean_risk = float(probs.mean())
        if mean_risk > self.threshold:
            return probs * 2.0
        return probs


def make():
    np.random.seed(20)
    clause_tokens = Tensor(np.random.randn(9, 10).astype(np.float32))
    return RiskyClauseFlagger(), (clause_tokens,)
