# case: scatter-based degree feature whose maybe_num_nodes helper infers the node count as int(edge_index.max()) + 1 -> data-dependent segment count, dynamic or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


def maybe_num_nodes(edge_index, num_nodes: Optional[int] = None):
    if num_nodes is not None:
        return num_nodes
    if isinstance(edge_index, Tensor):
        return int(edge_index.max()) + 1
    return max(edge_index[0].max(), edge_index[1].max()) + 1


def degree(index, num_nodes=None, dtype=ms.float32):
    n = maybe_num_nodes(index, num_nodes)
    return ops.unsorted_segment_sum(ops.ones(index.shape, dtype), index, n)


class DegreeEncoder(nn.Cell):
    def __init__(self, max_degree=16, hidden=16, num_nodes=None):
        super().__init__()
        self.max_degree = max_degree
        self.num_nodes = num_nodes
        self.emb = nn.Embedding(max_degree + 1, hidden)

    def construct(self, edge_index):
        deg = degree(edge_index[1], self.num_nodes)
        deg = ops.clamp(deg, max=float(self.max_degree)).astype(ms.int32)
        return self.emb(deg)


def make():
    np.random.seed(3437)
    n, e = 11, 30
    ei = np.random.randint(0, n, size=(2, e)).astype(np.int32)
    ei[1, 0] = n - 1
    return DegreeEncoder(), (Tensor(ei),)
