# case: transformer input layer for left-padded sequences deriving position ids with cumsum over the padding mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeftPaddedInputLayer(nn.Cell):
    def __init__(self, num_items=50, max_len=10, dim=8, dropout=0.0, scale_emb=True):
        super().__init__()
        self.scale = float(dim) ** 0.5 if scale_emb else 1.0
        self.item_emb = nn.Embedding(num_items, dim, padding_idx=0)
        self.pos_emb = nn.Embedding(max_len + 1, dim, padding_idx=0)
        self.norm = nn.LayerNorm((dim,))
        self.drop = nn.Dropout(p=dropout) if dropout > 0 else nn.Identity()

    def position_ids(self, item_seq):
        mask = (item_seq != 0).astype(ms.int32)
        pos = ops.cumsum(mask, axis=1) * mask   # 0 for padding, 1..n for real items
        return pos

    def construct(self, item_seq):
        pos = self.position_ids(item_seq)
        h = self.item_emb(item_seq) * self.scale + self.pos_emb(pos)
        h = self.drop(self.norm(h))
        keep = (item_seq != 0).expand_dims(-1)
        return ops.where(keep, h, ops.zeros_like(h))


def make():
    np.random.seed(30)
    seq = np.zeros((3, 6), np.int32)
    for i, l in enumerate([2, 6, 4]):
        seq[i, 6 - l:] = np.random.randint(1, 50, size=l)
    return LeftPaddedInputLayer(), (Tensor(seq),)
