# case: count how often each sort in the type case is used via one-hot histogram over a fixed case size -> fixed depth, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SortHistogram(nn.Cell):
    def __init__(self, case_size=96):
        super().__init__()
        self.case_size = case_size
        self.wear = ms.Parameter(Tensor(np.linspace(0.0, 1.0, case_size).astype(np.float32)), requires_grad=False)

    def construct(self, forme_glyphs):
        flat = forme_glyphs.reshape(-1)
        hot = ops.one_hot(flat, self.case_size, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = hot.sum(axis=0)
        used = (counts > 0).astype(ms.float32)
        distinct = used.sum()
        wear_used = (self.wear * used).sum() / ops.maximum(distinct, 1.0)
        return distinct, wear_used, counts


def make():
    np.random.seed(42)
    forme = np.random.randint(0, 60, size=(12, 30)).astype(np.int32)
    return SortHistogram(), (Tensor(forme),)
