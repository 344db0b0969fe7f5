# case: sequence encoder fusing optional category side-features, falling back via try/except when the lookup fails -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SideInfoSeqEncoder(nn.Cell):
    def __init__(self, num_items=30, num_cats=6, dim=8):
        super().__init__()
        self.item_emb = nn.Embedding(num_items, dim)
        self.cat_emb = nn.Embedding(num_cats, dim)
        cat_of_item = np.random.RandomState(24).randint(0, num_cats, size=(num_items,)).astype(np.int32)
        self.item2cat = Tensor(cat_of_item)
        self.fuse = nn.Dense(dim * 2, dim)
        self.gru = nn.GRU(dim, dim, batch_first=True)
        self.head = nn.Dense(dim, num_items)

    def lookup_category(self, item_seq):
        cats = ops.gather(self.item2cat, item_seq, 0)
        return self.cat_emb(cats)

    def construct(self, item_seq):
        e = self.item_emb(item_seq)
        try:
            c = self.lookup_category(item_seq)
        except (IndexError, RuntimeError):
            c = ops.zeros_like(e)
        x = self.fuse(ops.concat((e, c), -1))
        _, h = self.gru(x)
        return self.head(h[0])


def make():
    np.random.seed(25)
    seq = np.random.randint(0, 30, size=(2, 6)).astype(np.int32)
    return SideInfoSeqEncoder(), (Tensor(seq),)
