# case: SR-GNN-like propagation over an item transition graph built as a COOTensor from consecutive clicks -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class TransitionGraphPropagation(nn.Cell):
    def __init__(self, num_items=20, dim=8, steps=1):
        super().__init__()
        self.num_items = num_items
        self.steps = steps
        self.item_emb = nn.Embedding(num_items, dim)
        self.w_in = nn.Dense(dim, dim)
        self.gate = nn.Dense(dim * 2, dim)
        self.spmm = ops.SparseTensorDenseMatmul()

    def build_graph(self, session):
        src = session[:-1]
        dst = session[1:]
        indices = ops.stack((src, dst), axis=1)
        values = ops.ones((src.shape[0],), ms.float32)
        return COOTensor(indices, values, (self.num_items, self.num_items))

    def construct(self, session):
        adj = self.build_graph(session)
        h = self.item_emb.embedding_table
        for _ in range(self.steps):
            msg = self.spmm(adj.indices, adj.values, adj.shape, self.w_in(h))
            z = ops.sigmoid(self.gate(ops.concat((h, msg), -1)))
            h = (1 - z) * h + z * msg
        sess_repr = ops.gather(h, session, 0).mean(0)
        return ops.matmul(h, sess_repr)


def make():
    np.random.seed(19)
    sess = np.array([3, 8, 3, 15, 2, 8], np.int32)
    return TransitionGraphPropagation(), (Tensor(sess),)
