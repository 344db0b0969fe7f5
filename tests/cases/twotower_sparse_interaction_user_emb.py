# case: user embeddings as the weighted sum of item embeddings over a sparse COO user-item interaction matrix (COOTensor + SparseTensorDenseMatmul) -> sparse tensor in Graph mode, expected to compile with static shapes or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, COOTensor


class SparseHistoryUserTower(nn.Cell):
    def __init__(self, num_users=4, num_items=12, emb_dim=8):
        super().__init__()
        self.num_users = num_users
        self.num_items = num_items
        table = np.random.randn(num_items, emb_dim).astype(np.float32) * 0.1
        self.item_table = Parameter(Tensor(table), name="item_table")
        self.spmm = ops.SparseTensorDenseMatmul()

    def construct(self, indices, weights):
        interactions = COOTensor(indices, weights, (self.num_users, self.num_items))
        return self.spmm(interactions.indices, interactions.values, interactions.shape, self.item_table)


class Scorer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.user_tower = SparseHistoryUserTower()

    def construct(self, indices, weights, cand_emb):
        users = self.user_tower(indices, weights)
        return ops.matmul(users, cand_emb.T)


def make():
    np.random.seed(24)
    idx = np.array([[0, 1], [0, 5], [1, 2], [2, 7], [2, 9], [3, 11]], dtype=np.int32)
    w = np.random.rand(6).astype(np.float32)
    cands = Tensor(np.random.randn(5, 8).astype(np.float32))
    return Scorer(), (Tensor(idx), Tensor(w), cands)
