# case: kNN where k = min(configured k, number of points from x.shape) so TopK never exceeds the axis; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Config:
    k = 24
    emb = 8


class KNNFeature(nn.Cell):
    def __init__(self, cfg=Config):
        super().__init__()
        self.k = cfg.k
        self.topk = ops.TopK()
        self.proj = nn.Dense(3, cfg.emb)

    def construct(self, pts):
        n = pts.shape[1]
        k = min(self.k, n)
        inner = ops.matmul(pts, pts.swapaxes(1, 2))
        sq = (pts ** 2).sum(-1, keepdims=True)
        neg_dist = 2 * inner - sq - sq.swapaxes(1, 2)
        _, idx = self.topk(neg_dist, k)
        feat = self.proj(pts)
        out = []
        for i in range(pts.shape[0]):
            out.append(ops.gather(feat[i], idx[i], 0).max(1))
        return ops.stack(out, 0)


def make():
    pts = Tensor(np.random.RandomState(27).randn(2, 16, 3).astype(np.float32))
    return KNNFeature(), (pts,)
