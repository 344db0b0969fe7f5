# case: turn fraud probabilities into 0/1 review flags and a capped payout with ops.select -> elementwise select, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReviewRouter(nn.Cell):
    def __init__(self, n_features=5, threshold=0.65, hold_fraction=0.5):
        super().__init__()
        self.score = nn.SequentialCell([nn.Dense(n_features, 8), nn.ReLU(), nn.Dense(8, 1), nn.Sigmoid()])
        self.threshold = threshold
        self.hold_fraction = hold_fraction

    def construct(self, features, claim_amount):
        p = self.score(features).squeeze(-1)
        suspicious = p > self.threshold
        flags = ops.select(suspicious, ops.ones_like(p), ops.zeros_like(p))
        payout = ops.select(suspicious, claim_amount * self.hold_fraction, claim_amount)
        return flags, payout


def make():
    np.random.seed(5)
    feats = Tensor(np.random.randn(16, 5).astype(np.float32))
    amount = Tensor(np.random.gamma(2.0, 500.0, size=(16,)).astype(np.float32))
    return ReviewRouter(), (feats, amount)
