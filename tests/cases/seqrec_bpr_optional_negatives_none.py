# case: BPR training step for a sequential model where negatives default to None and are then taken by rolling positives in-batch -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeqBPR(nn.Cell):
    def __init__(self, num_items=30, dim=8, reg=1e-4):
        super().__init__()
        self.reg = reg
        self.item_emb = nn.Embedding(num_items, dim)
        self.gru = nn.GRU(dim, dim, batch_first=True)

    def user_state(self, history):
        _, h_n = self.gru(self.item_emb(history))
        return h_n[0]

    def construct(self, history, pos_items, neg_items=None):
        user = self.user_state(history)
        if neg_items is None:
            # in-batch negatives: shift positives by one row
            neg_items = ops.concat((pos_items[-1:], pos_items[:-1]), 0)
        pos = self.item_emb(pos_items)
        neg = self.item_emb(neg_items)
        diff = (user * pos).sum(-1) - (user * neg).sum(-1)
        loss = -ops.log(ops.sigmoid(diff) + 1e-8).mean()
        l2 = (user ** 2).sum() + (pos ** 2).sum() + (neg ** 2).sum()
        return loss + self.reg * l2 / user.shape[0]


def make():
    np.random.seed(23)
    hist = np.random.randint(0, 30, size=(4, 5)).astype(np.int32)
    pos = np.random.randint(0, 30, size=(4,)).astype(np.int32)
    return SeqBPR(), (Tensor(hist), Tensor(pos))
