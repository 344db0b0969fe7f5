# case: __init__ keeps a dict a module helper fills by number (table[t] = fam over a range); construct reads it at int() of tensor data: the key must be a constant, so it fails at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def bucket_table(n):
    table = {}
    for t in range(0, n, 4):
        table[t] = t // 4
    return table


class Bucketer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.table = bucket_table(32)
        self.emb = nn.Embedding(16, 4)

    def construct(self, ids):
        first = int(ids[0]) // 4 * 4
        b = self.table[first]
        return self.emb(ids) * b


def make():
    return Bucketer(), (Tensor(np.array([5, 9, 2], np.int32)),)
