# case: memory bank kept as a Python list on the Cell, appended in construct and stacked for negatives (torch habit); expect error at STRICT, LAX may fail too
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FEAT_DIM = 16
MAX_ITEMS = 8


class MemoryBank(nn.Cell):
    def __init__(self, dim=FEAT_DIM, max_items=MAX_ITEMS, temperature=0.07):
        super().__init__()
        self.bank = [Tensor(np.zeros((4, dim), np.float32))]
        self.max_items = max_items
        self.t = temperature

    def construct(self, q, k):
        q = ops.L2Normalize(axis=-1)(q)
        k = ops.L2Normalize(axis=-1)(k)
        l_pos = (q * k).sum(axis=1, keepdims=True)
        negatives = ops.cat(self.bank, axis=0)
        l_neg = ops.matmul(q, negatives.T)
        self.bank.append(k)
        if len(self.bank) > self.max_items:
            self.bank.pop(0)
        return ops.cat((l_pos, l_neg), axis=1) / self.t


def make():
    q = Tensor(np.random.randn(4, FEAT_DIM).astype(np.float32))
    k = Tensor(np.random.randn(4, FEAT_DIM).astype(np.float32))
    return MemoryBank(), (q, k)
