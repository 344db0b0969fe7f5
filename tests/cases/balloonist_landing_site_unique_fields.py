# case: count distinct farm fields among candidate landing sites with ops.unique before scoring -> unique output length depends on data, expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FieldDiversity(nn.Cell):
    def __init__(self, n_fields=10, emb=6):
        super().__init__()
        self.embed = nn.Embedding(n_fields, emb)
        self.score = nn.Dense(emb, 1)

    def construct(self, field_ids):
        fields, _ = ops.unique(field_ids)
        per_field = self.score(self.embed(fields)).squeeze(-1)
        return ops.softmax(per_field, axis=0)


def make():
    np.random.seed(61)
    ids = Tensor(np.random.randint(0, 10, size=(15,)).astype(np.int32))
    return FieldDiversity(), (ids,)
