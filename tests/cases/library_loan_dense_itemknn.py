# case: item-kNN scoring with a dense title-title co-loan matrix stored as a constant and a masked matmul against the patron loan vector -> dense ops only, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ItemKNN(nn.Cell):
    def __init__(self, n_titles=30, neighbours=5, seed=7):
        super().__init__()
        rng = np.random.RandomState(seed)
        co = ((rng.rand(n_titles, n_titles) > 0.85) * rng.rand(n_titles, n_titles)).astype(np.float32)
        np.fill_diagonal(co, 0.0)
        self.coloan = Tensor(co)
        self.neighbours = neighbours

    def prune_neighbours(self, sim):
        kth = ops.topk(sim, self.neighbours)[0][:, -1:]
        return sim * (sim >= kth).astype(sim.dtype)

    def construct(self, loan_vectors):
        sim = self.prune_neighbours(self.coloan)
        scores = ops.matmul(loan_vectors, sim)
        return scores * (1.0 - loan_vectors)


def make():
    np.random.seed(53)
    vecs = (np.random.rand(6, 30) > 0.7).astype(np.float32)
    return ItemKNN(), (Tensor(vecs),)
