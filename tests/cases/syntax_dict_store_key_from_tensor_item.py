# case: deduplicate candidates in a dict keyed by int() of an id tensor item -> compile error at the item store
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Dedup(nn.Cell):
    def __init__(self, n=4):
        super().__init__()
        self.n = n

    def construct(self, ids, emb):
        seen = {}
        for j in range(self.n):
            seen[int(ids[j])] = emb[j]
        return ops.stack(list(seen.values()))


def make():
    return Dedup(), (Tensor(np.array([3, 1, 3, 2], np.int32)), Tensor(np.ones((4, 2), np.float32)))
