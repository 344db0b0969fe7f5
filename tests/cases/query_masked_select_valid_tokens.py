# case: keep only non-padding token scores with masked_select before averaging term weights -> masked_select output size depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class TermWeighter(nn.Cell):
    def __init__(self, vocab_size=300, dim=8):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, dim)
        self.scorer = nn.Dense(dim, 1)

    def construct(self, token_ids):
        emb = self.embedding(token_ids)
        weights = ops.sigmoid(self.scorer(emb)).squeeze(-1)
        valid = token_ids != PAD_ID
        kept = ops.masked_select(weights, valid)
        total = kept.sum()
        return kept / (total + 1e-6)


def make():
    np.random.seed(1)
    ids = np.random.randint(1, 300, size=(10,)).astype(np.int32)
    ids[7:] = PAD_ID
    return TermWeighter(), (Tensor(ids),)
