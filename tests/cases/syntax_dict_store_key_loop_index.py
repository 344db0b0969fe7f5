# case: a dict filled in an unrolled loop keyed by the Python loop index, values gathered by an id tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Slots(nn.Cell):
    def __init__(self, n=4):
        super().__init__()
        self.n = n

    def construct(self, ids, emb):
        slots = {}
        for j in range(self.n):
            slots[j] = emb[ids[j]]
        return ops.stack(list(slots.values()))


def make():
    return Slots(), (Tensor(np.array([3, 1, 3, 2], np.int32)), Tensor(np.ones((4, 2), np.float32)))
