# case: average token embeddings over real tokens by multiplying in a padding mask instead of dropping pads -> fixed-size mask arithmetic, static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedMeanPool(nn.Cell):
    def construct(self, emb, mask):
        m = mask.expand_dims(-1)
        summed = (emb * m).sum(axis=1)
        counts = ops.clamp(m.sum(axis=1), min=1.0)
        return summed / counts


class QueryTowerEncoder(nn.Cell):
    def __init__(self, vocab=300, dim=12, out_dim=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim, padding_idx=0)
        self.pool = MaskedMeanPool()
        self.out = nn.Dense(dim, out_dim)

    def construct(self, token_ids):
        mask = (token_ids > 0).astype(ms.float32)
        pooled = self.pool(self.emb(token_ids), mask)
        vec = self.out(pooled)
        return vec / ops.norm(vec, dim=-1, keepdim=True)


def make():
    np.random.seed(32)
    ids = np.random.randint(1, 300, size=(4, 9)).astype(np.int32)
    ids[0, 5:] = 0
    ids[2, 3:] = 0
    return QueryTowerEncoder(), (Tensor(ids),)
