# case: field-aware FM with nested Python loops over field pairs and per-field embedding tables; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_FIELDS = 4


class FFM(nn.Cell):
    def __init__(self, vocab=40, dim=4, num_fields=NUM_FIELDS):
        super().__init__()
        self.num_fields = num_fields
        self.tables = nn.CellList([nn.Embedding(vocab, dim) for _ in range(num_fields)])

    def construct(self, ids):
        embs = [table(ids) for table in self.tables]
        terms = []
        for i in range(self.num_fields - 1):
            for j in range(i + 1, self.num_fields):
                terms.append((embs[j][:, i] * embs[i][:, j]).sum(-1, keepdims=True))
        inter = ops.concat(terms, 1)
        return ops.sigmoid(inter.sum(1))


def make():
    ids = Tensor(np.random.RandomState(31).randint(0, 40, (5, NUM_FIELDS)).astype(np.int32))
    return FFM(), (ids,)
