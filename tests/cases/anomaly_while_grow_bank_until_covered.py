# case: while loop appends query patches to the memory bank until coverage distance drops, bank grows per iteration -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoverageBankBuilder(nn.Cell):
    def __init__(self, tol=0.5, max_rounds=4):
        super().__init__()
        self.tol = tol
        self.max_rounds = max_rounds

    def coverage(self, bank, feats):
        return ops.cdist(feats, bank).min(axis=1).max()

    def farthest(self, bank, feats):
        d = ops.cdist(feats, bank).min(axis=1)
        return feats[ops.argmax(d)].expand_dims(0)

    def construct(self, seed_bank, feats):
        bank = seed_bank
        rounds = 0
        while self.coverage(bank, feats) > self.tol and rounds < self.max_rounds:
            bank = ops.concat((bank, self.farthest(bank, feats)), axis=0)
            rounds += 1
        return bank


def make():
    np.random.seed(8)
    seed = np.random.randn(2, 4).astype(np.float32)
    feats = np.random.randn(12, 4).astype(np.float32)
    return CoverageBankBuilder(), (Tensor(seed), Tensor(feats))
