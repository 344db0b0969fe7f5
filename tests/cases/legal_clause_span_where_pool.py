# case: pool clause tokens by zeroing non-clause positions with ops.where and dividing by the mask count -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClauseMaskPooler(nn.Cell):
    def __init__(self, vocab_size=50, hidden=12, eps=1e-6):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, hidden)
        self.eps = eps

    def construct(self, token_ids, clause_mask):
        emb = self.embed(token_ids)                      # (B, L, H)
        mask3 = clause_mask.expand_dims(-1)              # (B, L, 1)
        kept = ops.where(mask3, emb, ops.zeros_like(emb))
        count = clause_mask.astype(ms.float32).sum(axis=1, keepdims=True)
        return kept.sum(axis=1) / (count + self.eps)


def make():
    np.random.seed(3)
    token_ids = Tensor(np.random.randint(0, 50, size=(3, 20)).astype(np.int32))
    mask = np.random.rand(3, 20) > 0.6
    return ClauseMaskPooler(), (token_ids, Tensor(mask))
