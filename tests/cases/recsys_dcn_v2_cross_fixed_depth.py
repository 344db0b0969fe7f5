# case: DCN-v2 with a fixed number of low-rank cross layers from the config, stacked in parallel with a deep tower -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LowRankCross(nn.Cell):
    def __init__(self, dim, rank=4):
        super().__init__()
        self.v = nn.Dense(dim, rank, has_bias=False)
        self.u = nn.Dense(rank, dim)

    def construct(self, x0, xl):
        return x0 * self.u(self.v(xl)) + xl


class DCNv2(nn.Cell):
    def __init__(self, vocab=(15, 25, 40), dim=4, num_dense=3, num_cross=3, rank=4, structure="parallel"):
        super().__init__()
        self.embs = nn.CellList([nn.Embedding(v, dim) for v in vocab])
        in_dim = len(vocab) * dim + num_dense
        self.crosses = nn.CellList([LowRankCross(in_dim, rank) for _ in range(num_cross)])
        self.deep = nn.SequentialCell([nn.Dense(in_dim, 16), nn.ReLU(), nn.Dense(16, 8), nn.ReLU()])
        self.structure = structure
        out_in = in_dim + 8 if structure == "parallel" else 8
        self.out = nn.Dense(out_in, 1)

    def cross_net(self, x0):
        xl = x0
        for layer in self.crosses:
            xl = layer(x0, xl)
        return xl

    def construct(self, sparse, dense):
        feats = [self.embs[i](sparse[:, i]) for i in range(len(self.embs))]
        x0 = ops.concat(feats + [dense], axis=1)
        if self.structure == "parallel":
            h = ops.concat((self.cross_net(x0), self.deep(x0)), axis=1)
        else:
            h = self.deep(self.cross_net(x0))
        return self.out(h).squeeze(-1)


def make():
    np.random.seed(24)
    sparse = Tensor(np.stack([np.random.randint(0, v, size=(4,)) for v in (15, 25, 40)], 1).astype(np.int32))
    dense = Tensor(np.random.randn(4, 3).astype(np.float32))
    return DCNv2(), (sparse, dense)
