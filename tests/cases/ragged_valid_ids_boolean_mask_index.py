# case: drops invalid (-1) feature ids with boolean-mask indexing before embedding a multi-hot field -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiHotFieldEncoder(nn.Cell):
    """Encodes one multi-hot categorical field whose ids are padded with -1."""

    def __init__(self, vocab_size=20, dim=6, invalid_id=-1):
        super().__init__()
        self.invalid_id = invalid_id
        self.table = nn.Embedding(vocab_size, dim)
        self.proj = nn.Dense(dim, dim)

    def valid_ids(self, ids):
        flat = ids.reshape(-1)
        keep = flat != self.invalid_id
        return flat[keep]

    def construct(self, ids):
        ids = self.valid_ids(ids)
        vecs = self.table(ids)
        field_vec = vecs.sum(axis=0, keepdims=True)
        return ops.relu(self.proj(field_vec))


def make():
    np.random.seed(0)
    ids = np.random.randint(0, 20, size=(3, 4)).astype(np.int32)
    ids[0, 2:] = -1
    ids[2, 3] = -1
    return MultiHotFieldEncoder(), (Tensor(ids),)
