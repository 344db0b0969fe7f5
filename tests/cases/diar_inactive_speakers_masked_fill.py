# case: scores against the full enrollment bank and masks inactive speakers with masked_fill before softmax -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedBankScorer(nn.Cell):
    def __init__(self, scale=10.0, neg=-1e4):
        super().__init__()
        self.scale = scale
        self.neg = neg

    def construct(self, test_emb, bank, active):
        # test_emb: (N, D), bank: (S, D), active: (S,) bool
        bank_n = bank / ops.norm(bank, dim=-1, keepdim=True)
        q = test_emb / ops.norm(test_emb, dim=-1, keepdim=True)
        scores = ops.matmul(q, bank_n.T) * self.scale
        inactive = ops.logical_not(active).expand_dims(0)
        inactive = ops.broadcast_to(inactive, scores.shape)
        scores = ops.masked_fill(scores, inactive, self.neg)
        return ops.softmax(scores, axis=-1)


def make():
    np.random.seed(18)
    test = Tensor(np.random.randn(3, 16).astype(np.float32))
    bank = Tensor(np.random.randn(6, 16).astype(np.float32))
    active = Tensor(np.array([True, False, True, True, False, True]))
    return MaskedBankScorer(), (test, bank, active)
