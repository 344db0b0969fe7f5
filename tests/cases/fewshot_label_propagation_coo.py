# case: transductive label propagation builds a sparse COO affinity graph from thresholded similarities -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class LabelPropagation(nn.Cell):
    def __init__(self, in_dim=8, n_way=3, sim_threshold=0.2, alpha=0.8, n_iters=3):
        super().__init__()
        self.embed = nn.Dense(in_dim, 8)
        self.n_way = n_way
        self.sim_threshold = sim_threshold
        self.alpha = alpha
        self.n_iters = n_iters

    def affinity(self, emb):
        emb = emb / (ops.norm(emb, dim=-1, keepdim=True) + 1e-6)
        sim = ops.matmul(emb, emb.T)
        mask = sim > self.sim_threshold
        indices = ops.nonzero(mask).astype(ms.int32)
        values = ops.gather_nd(sim, indices)
        return COOTensor(indices, values, sim.shape)

    def construct(self, support, s_labels, query):
        x = ops.concat((support, query), axis=0)
        emb = self.embed(x)
        graph = self.affinity(emb).to_dense()
        y0 = ops.zeros((x.shape[0], self.n_way), ms.float32)
        onehot = ops.one_hot(s_labels, self.n_way, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        y0[:support.shape[0]] = onehot
        y = y0
        for _ in range(self.n_iters):
            y = self.alpha * ops.matmul(graph, y) + (1 - self.alpha) * y0
        return y[support.shape[0]:]


def make():
    np.random.seed(12)
    support = Tensor(np.random.randn(6, 8).astype(np.float32))
    s_labels = Tensor(np.array([0, 1, 2, 0, 1, 2], dtype=np.int32))
    query = Tensor(np.random.randn(4, 8).astype(np.float32))
    return LabelPropagation(), (support, s_labels, query)
