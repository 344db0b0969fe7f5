# case: packs non-padding tokens into a flat (N, d) batch with mint.masked_select-like boolean indexing h[mask] before a projection -> dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class TokenPacker(nn.Cell):
    def __init__(self, vocab=20, dim=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim, padding_idx=PAD_ID)
        self.proj = nn.Dense(dim, 4)

    def construct(self, ids):
        h = self.emb(ids)
        mask = ids != PAD_ID
        packed = h[mask]
        return self.proj(packed)


def make():
    ids = Tensor(np.array([[3, 5, 7, 0, 0], [2, 9, 0, 0, 0]], np.int32))
    return TokenPacker(), (ids,)
