# case: iterative hard-negative mining appends fresh negatives for up to max_rounds, each round only while the mean margin is still violated -> tensor-valued if growing the negative set, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MiningConfig:
    def __init__(self, margin=0.2, max_rounds=3, negatives_per_round=2, violation_tol=0.5):
        self.margin = margin
        self.max_rounds = max_rounds
        self.negatives_per_round = negatives_per_round
        self.violation_tol = violation_tol


class IterativeMiner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.margin = config.margin
        self.max_rounds = config.max_rounds
        self.per_round = config.negatives_per_round
        self.tol = config.violation_tol

    def _violation(self, pos, negs):
        return ops.relu(negs - pos + self.margin).mean()

    def construct(self, pos_scores, pool_scores):
        negs = pool_scores[:, :self.per_round]
        offset = self.per_round
        rounds = 0
        while rounds < self.max_rounds:
            if self._violation(pos_scores, negs) > self.tol:
                fresh = pool_scores[:, offset:offset + self.per_round]
                negs = ops.concat((negs, fresh), axis=1)
                offset += self.per_round
            rounds += 1
        return self._violation(pos_scores, negs), negs


def make():
    np.random.seed(17)
    pos = Tensor(np.random.randn(4, 1).astype(np.float32) * 0.1)
    pool = Tensor(np.random.randn(4, 10).astype(np.float32) + 1.0)
    return IterativeMiner(MiningConfig()), (pos, pool)
