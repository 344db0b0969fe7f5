# case: k-nearest-neighbour graph with k from config via ops.topk on negative distances, gather neighbour features -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KNNConv(nn.Cell):
    def __init__(self, dim=8, k=3):
        super().__init__()
        self.k = k
        self.edge_mlp = nn.SequentialCell([nn.Dense(2 * dim + 1, dim), nn.ReLU()])

    def knn(self, pos):
        n = pos.shape[0]
        d = ops.cdist(pos[None], pos[None]).squeeze(0)
        d = d + ops.eye(n, n, ms.float32) * 1e6
        neg_d, idx = ops.topk(-d, self.k)
        return -neg_d, idx

    def construct(self, pos, h):
        dist, idx = self.knn(pos)
        n, k = idx.shape
        h_nbr = ops.gather(h, idx.reshape(-1), 0).reshape(n, k, -1)
        h_ctr = ops.broadcast_to(h[:, None, :], h_nbr.shape)
        m = self.edge_mlp(ops.concat((h_ctr, h_nbr, dist[..., None]), -1))
        return h + m.max(axis=1)


def make():
    np.random.seed(31)
    pos = Tensor(np.random.randn(7, 3).astype(np.float32))
    h = Tensor(np.random.randn(7, 8).astype(np.float32))
    return KNNConv(), (pos, h)
