# case: clause attention pooling with an optional padding mask argument tested with `is None` (called without a mask) -> constant None check, static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClauseAttentionPool(nn.Cell):
    def __init__(self, hidden=12, neg_inf=-1e9):
        super().__init__()
        self.score = nn.Dense(hidden, 1)
        self.neg_inf = neg_inf

    def construct(self, clause_states, pad_mask=None):
        logits = self.score(clause_states).squeeze(-1)          # (B, L)
        if pad_mask is not None:
            logits = ops.masked_fill(logits, pad_mask, self.neg_inf)
        weights = ops.softmax(logits, axis=-1)
        return ops.bmm(weights.expand_dims(1), clause_states).squeeze(1)


def make():
    np.random.seed(38)
    states = Tensor(np.random.randn(3, 11, 12).astype(np.float32))
    return ClauseAttentionPool(), (states,)
