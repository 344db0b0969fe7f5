# case: edge-list preprocessing merges duplicate edges with COOTensor.coalesce()
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, COOTensor


class DedupEdges(nn.Cell):
    def construct(self, edges, w):
        adj = COOTensor(edges, w, (4, 4))
        adj = adj.coalesce()
        return adj.values * 2


def make():
    edges = Tensor(np.array([[0, 1], [0, 1], [2, 3]], np.int64))
    return DedupEdges(), (edges, Tensor(np.array([1.0, 1.0, 3.0], np.float32)))
