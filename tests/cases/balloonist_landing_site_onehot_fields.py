# case: score every farm field by how many candidate landing sites fall in it, via one-hot counts -> fixed-size count instead of unique, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FieldDiversity(nn.Cell):
    def __init__(self, n_fields=10, emb=6):
        super().__init__()
        self.n_fields = n_fields
        self.embed = nn.Embedding(n_fields, emb)
        self.score = nn.Dense(emb, 1)
        self.all_fields = Tensor(np.arange(n_fields).astype(np.int32))

    def construct(self, field_ids):
        counts = ops.one_hot(field_ids, self.n_fields, Tensor(1.0, ms.float32),
                             Tensor(0.0, ms.float32)).sum(axis=0)
        present = (counts > 0).astype(ms.float32)
        logits = self.score(self.embed(self.all_fields)).squeeze(-1)
        logits = logits * present + (1.0 - present) * -1e4
        return ops.softmax(logits, axis=0), counts


def make():
    np.random.seed(62)
    ids = Tensor(np.random.randint(0, 10, size=(15,)).astype(np.int32))
    return FieldDiversity(), (ids,)
