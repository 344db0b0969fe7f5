# case: matrix-factorisation BPR loss with sampled negatives, optional per-example weights guarded by `is None` and L2 regularisation on the looked-up embeddings -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MatrixFactorization(nn.Cell):
    def __init__(self, n_users=30, n_items=50, dim=8, use_item_bias=True):
        super().__init__()
        self.user = nn.Embedding(n_users, dim)
        self.item = nn.Embedding(n_items, dim)
        self.use_item_bias = use_item_bias
        self.item_bias = nn.Embedding(n_items, 1)

    def score(self, u, items):
        s = (u * self.item(items)).sum(-1)
        if self.use_item_bias:
            s = s + self.item_bias(items).squeeze(-1)
        return s


class BPRLoss(nn.Cell):
    def __init__(self, reg=1e-4):
        super().__init__()
        self.mf = MatrixFactorization()
        self.reg = reg

    def construct(self, users, pos_items, neg_items, weights=None):
        u = self.mf.user(users)
        diff = self.mf.score(u, pos_items) - self.mf.score(u, neg_items)
        loss = -ops.log(ops.sigmoid(diff) + 1e-8)
        if weights is not None:
            loss = loss * weights
        reg = (u ** 2).sum() + (self.mf.item(pos_items) ** 2).sum() + (self.mf.item(neg_items) ** 2).sum()
        return loss.mean() + self.reg * reg / users.shape[0]


def make():
    np.random.seed(34)
    users = Tensor(np.random.randint(0, 30, size=(8,)).astype(np.int32))
    pos = Tensor(np.random.randint(0, 50, size=(8,)).astype(np.int32))
    neg = Tensor(np.random.randint(0, 50, size=(8,)).astype(np.int32))
    return BPRLoss(), (users, pos, neg)
