# case: propagate aroma scores over a dense barrel-to-barrel similarity matrix built with a scatter of fixed edge list -> dense fixed shapes, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AromaPropagation(nn.Cell):
    def __init__(self, n_barrels=6, n_steps=2):
        super().__init__()
        self.n_barrels = n_barrels
        self.n_steps = n_steps

    def adjacency(self, edge_idx, edge_w):
        adj = ops.zeros((self.n_barrels, self.n_barrels), ms.float32)
        return ops.tensor_scatter_elements(adj.reshape(-1),
                                           edge_idx[:, 0] * self.n_barrels + edge_idx[:, 1],
                                           edge_w).reshape(self.n_barrels, self.n_barrels)

    def construct(self, edge_idx, edge_w, aroma):
        adj = self.adjacency(edge_idx, edge_w)
        for _ in range(self.n_steps):
            aroma = 0.5 * aroma + 0.5 * ops.matmul(adj, aroma)
        return aroma


def make():
    np.random.seed(62)
    edges = np.array([[0, 1], [1, 0], [1, 2], [2, 3], [3, 4], [4, 5], [5, 0]], dtype=np.int32)
    weights = np.random.rand(len(edges)).astype(np.float32)
    aroma = np.random.rand(6, 4).astype(np.float32)
    return AromaPropagation(), (Tensor(edges), Tensor(weights), Tensor(aroma))
