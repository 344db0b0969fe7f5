# case: k-nearest neighbours via pairwise distances and ops.topk with k from __init__, then neighbour gather; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pairwise_sqdist(a, b):
    aa = (a * a).sum(-1, keepdims=True)
    bb = (b * b).sum(-1, keepdims=True).swapaxes(1, 2)
    return aa + bb - 2.0 * ops.bmm(a, b.swapaxes(1, 2))


class EdgeConv(nn.Cell):
    def __init__(self, in_dim, out_dim, k=4):
        super().__init__()
        self.k = k
        self.mlp = nn.SequentialCell([nn.Dense(2 * in_dim, out_dim), nn.ReLU()])

    def construct(self, pts):
        b, n, c = pts.shape
        d = pairwise_sqdist(pts, pts)
        _, idx = ops.topk(-d, self.k)
        base = ops.arange(b).reshape(-1, 1, 1) * n
        flat_idx = (idx + base).reshape(-1)
        nbrs = ops.gather(pts.reshape(b * n, c), flat_idx, 0).reshape(b, n, self.k, c)
        center = pts.expand_dims(2).tile((1, 1, self.k, 1))
        feat = ops.concat((center, nbrs - center), -1)
        return self.mlp(feat).max(2)


def make():
    pts = Tensor(np.random.RandomState(4).randn(2, 32, 3).astype(np.float32))
    return EdgeConv(3, 16), (pts,)
