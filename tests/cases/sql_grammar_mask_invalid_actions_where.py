# case: grammar-constrained decoder step masks invalid production rules with ops.where and -1e9 before log_softmax -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActionScorer(nn.Cell):
    def __init__(self, hidden=16, num_rules=12, neg=-1e9):
        super().__init__()
        self.rule_head = nn.Dense(hidden, num_rules)
        self.neg = neg

    def construct(self, state, valid_rules):
        logits = self.rule_head(state)                       # (B, R)
        fill = ops.full_like(logits, self.neg)
        logits = ops.where(valid_rules, logits, fill)
        logp = ops.log_softmax(logits, axis=-1)
        best = ops.argmax(logp, dim=-1)
        return logp, best


def make():
    np.random.seed(2)
    state = Tensor(np.random.randn(3, 16).astype(np.float32))
    valid = np.random.rand(3, 12) > 0.5
    valid[:, 0] = True
    return ActionScorer(), (state, Tensor(valid))
