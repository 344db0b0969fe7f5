# case: DGCNN edge conv where k is clipped by the number of valid points (a tensor) -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveEdgeConv(nn.Cell):
    def __init__(self, in_dim=3, out_dim=32, k=8):
        super().__init__()
        self.k = k
        self.mlp = nn.SequentialCell([nn.Dense(2 * in_dim, out_dim), nn.ReLU(), nn.Dense(out_dim, out_dim)])

    def knn(self, pts, num_valid):
        # pts: (N, C); pairwise negative squared distance
        inner = ops.matmul(pts, pts.T)
        sq = ops.reduce_sum(pts * pts, 1)
        neg_dist = 2 * inner - sq.expand_dims(1) - sq.expand_dims(0)
        k = ops.minimum(num_valid, self.k)
        _, idx = ops.topk(neg_dist, k)
        return idx

    def construct(self, pts, num_valid):
        idx = self.knn(pts, num_valid)                    # (N, k)
        n, kk = idx.shape
        neigh = ops.gather(pts, idx.reshape(-1), 0).reshape(n, kk, -1)
        center = ops.broadcast_to(pts.expand_dims(1), neigh.shape)
        feat = ops.concat([center, neigh - center], axis=-1)
        return ops.max(self.mlp(feat), axis=1)[0]


def make():
    np.random.seed(5)
    pts = Tensor(np.random.rand(16, 3).astype(np.float32))
    return AdaptiveEdgeConv(), (pts, Tensor(6, ms.int32))
