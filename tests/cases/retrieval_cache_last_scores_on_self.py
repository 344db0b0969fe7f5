# case: dual-encoder caches the latest query embeddings and score matrix by assigning to self attributes inside construct -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Tower(nn.Cell):
    def __init__(self, in_dim=12, out_dim=8):
        super().__init__()
        self.dense = nn.Dense(in_dim, out_dim)
        self.act = nn.Tanh()

    def construct(self, x):
        return ops.L2Normalize(axis=-1)(self.act(self.dense(x)))


class DualEncoder(nn.Cell):
    def __init__(self, in_dim=12, out_dim=8, share_towers=False):
        super().__init__()
        self.q_tower = Tower(in_dim, out_dim)
        self.d_tower = self.q_tower if share_towers else Tower(in_dim, out_dim)
        self.last_scores = None

    def construct(self, queries, docs):
        q = self.q_tower(queries)
        d = self.d_tower(docs)
        self.last_scores = ops.matmul(q, d.T)
        return self.last_scores.argmax(axis=-1)


def make():
    np.random.seed(11)
    q = Tensor(np.random.randn(3, 12).astype(np.float32))
    d = Tensor(np.random.randn(7, 12).astype(np.float32))
    return DualEncoder(), (q, d)
