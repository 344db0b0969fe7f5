# case: two-tower book recommender with residual MLP blocks held in a CellList and looped over in construct -> iterating a CellList is static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualBlock(nn.Cell):
    def __init__(self, dim, dropout=0.0):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.norm = nn.LayerNorm((dim,))
        self.drop = nn.Dropout(p=dropout) if dropout > 0 else nn.Identity()

    def construct(self, x):
        return self.norm(x + self.drop(ops.gelu(self.fc(x))))


class Tower(nn.Cell):
    def __init__(self, in_dim, dim, depth):
        super().__init__()
        self.inp = nn.Dense(in_dim, dim)
        self.blocks = nn.CellList([ResidualBlock(dim) for _ in range(depth)])

    def construct(self, x):
        h = self.inp(x)
        for blk in self.blocks:
            h = blk(h)
        return h


class TwoTowerRecommender(nn.Cell):
    def __init__(self, patron_dim=20, book_dim=28, dim=16, depth=3):
        super().__init__()
        self.patron = Tower(patron_dim, dim, depth)
        self.book = Tower(book_dim, dim, depth)

    def construct(self, patron_feats, book_feats):
        p = self.patron(patron_feats)
        b = self.book(book_feats)
        return ops.matmul(p, b.T)


def make():
    np.random.seed(81)
    p = Tensor(np.random.randn(4, 20).astype(np.float32))
    b = Tensor(np.random.randn(25, 28).astype(np.float32))
    net = TwoTowerRecommender()
    net.set_train(False)
    return net, (p, b)
