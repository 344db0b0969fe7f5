# case: keep running dedup statistics in a @ms.jit_class object created in __init__ and mutate its fields inside construct -> writing attributes of a jit_class in graph is a hazard
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class DedupStats:
    def __init__(self):
        self.pairs_seen = 0
        self.merged = 0


class DedupPass(nn.Cell):
    def __init__(self, dim=20, threshold=0.8):
        super().__init__()
        self.stats = DedupStats()
        self.encode = nn.Dense(dim, dim)
        self.threshold = threshold

    def construct(self, left, right):
        a = ops.L2Normalize(axis=1)(self.encode(left))
        b = ops.L2Normalize(axis=1)(self.encode(right))
        sim = (a * b).sum(axis=1)
        merged = (sim > self.threshold).astype(ms.int32).sum()
        self.stats.pairs_seen = self.stats.pairs_seen + left.shape[0]
        self.stats.merged = self.stats.merged + merged
        return sim, self.stats.merged


def make():
    np.random.seed(61)
    left = Tensor(np.random.randn(10, 20).astype(np.float32))
    right = Tensor(np.random.randn(10, 20).astype(np.float32))
    return DedupPass(), (left, right)
