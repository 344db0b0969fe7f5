# case: small transformer over visits looping over an nn.CellList of blocks with a key-padding mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisitBlock(nn.Cell):
    def __init__(self, dim=16, heads=2, ff=32):
        super().__init__()
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm1 = nn.LayerNorm((dim,))
        self.norm2 = nn.LayerNorm((dim,))
        self.ff = nn.SequentialCell(nn.Dense(dim, ff), nn.GELU(), nn.Dense(ff, dim))

    def construct(self, x, pad_mask):
        a, _ = self.attn(x, x, x, key_padding_mask=pad_mask)
        x = self.norm1(x + a)
        return self.norm2(x + self.ff(x))


class VisitTransformer(nn.Cell):
    def __init__(self, n_codes=30, dim=16, depth=2, max_visits=8):
        super().__init__()
        self.code_proj = nn.Dense(n_codes, dim)
        self.pos = ms.Parameter(Tensor(np.zeros((1, max_visits, dim), np.float32)), name="pos")
        self.blocks = nn.CellList([VisitBlock(dim) for _ in range(depth)])
        self.head = nn.Dense(dim, 1)

    def construct(self, multi_hot, visit_mask):
        n = multi_hot.shape[1]
        x = self.code_proj(multi_hot) + self.pos[:, :n]
        pad = visit_mask == 0
        for blk in self.blocks:
            x = blk(x, pad)
        w = visit_mask.expand_dims(-1)
        return self.head((x * w).sum(1) / w.sum(1)).squeeze(-1)


def make():
    np.random.seed(38)
    mh = Tensor((np.random.rand(2, 6, 30) > 0.85).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 1, 1, 0, 0], [1, 1, 1, 1, 1, 1]], np.float32))
    return VisitTransformer(), (mh, mask)
