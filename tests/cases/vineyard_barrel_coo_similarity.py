# case: build a sparse barrel-to-barrel similarity graph (cooperage, toast level, vintage) as a COOTensor inside construct and propagate aroma scores over it -> sparse tensor in construct, Graph mode may reject or need special support
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AromaPropagation(nn.Cell):
    def __init__(self, n_barrels=6):
        super().__init__()
        self.n_barrels = n_barrels
        self.shape = (n_barrels, n_barrels)

    def construct(self, edge_idx, edge_w, aroma):
        graph = ms.COOTensor(edge_idx, edge_w, self.shape)
        dense = graph.to_dense()
        spread = ops.matmul(dense, aroma)
        return 0.5 * aroma + 0.5 * spread


def make():
    np.random.seed(61)
    edges = np.array([[0, 1], [1, 0], [1, 2], [2, 3], [3, 4], [4, 5], [5, 0]], dtype=np.int32)
    weights = np.random.rand(len(edges)).astype(np.float32)
    aroma = np.random.rand(6, 4).astype(np.float32)
    return AromaPropagation(), (Tensor(edges), Tensor(weights), Tensor(aroma))
