# case: samples a fixed fan-out of top-k scored neighbours per node, k = min(config fanout, num_nodes from shape) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKNeighborSampler(nn.Cell):
    """Keeps the k highest-affinity neighbours of each node (non-edges masked out)."""

    def __init__(self, dim=4, fanout=3, self_loops=False):
        super().__init__()
        self.fanout = fanout
        self.self_loops = self_loops
        self.key = nn.Dense(dim, dim, has_bias=False)

    def affinity(self, x, adj):
        s = ops.matmul(self.key(x), x.T)
        if not self.self_loops:
            eye = ops.eye(x.shape[0], x.shape[0], ms.bool_)
            s = ops.masked_fill(s, eye, -1e9)
        return ops.masked_fill(s, adj <= 0, -1e9)

    def construct(self, x, adj):
        k = min(self.fanout, x.shape[0])
        scores = self.affinity(x, adj)
        vals, idx = ops.topk(scores, k)
        w = ops.softmax(vals, -1).expand_dims(-1)
        nbr = ops.gather(x, idx.reshape(-1), 0).reshape(idx.shape + (x.shape[1],))
        return (w * nbr).sum(axis=1)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(6, 4).astype(np.float32))
    adj = Tensor((np.random.rand(6, 6) > 0.4).astype(np.float32))
    return TopKNeighborSampler(), (x, adj)
