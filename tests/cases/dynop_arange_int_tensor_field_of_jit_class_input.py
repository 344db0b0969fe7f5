# case: a graph record (@jit_class) passed to construct whose node count is a Tensor: a jit_class input's fields fold, so the arange is static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, jit_class


@jit_class
class Graph:
    def __init__(self, edges, n_node):
        self.edges = edges
        self.n_node = n_node


class SelfLoops(nn.Cell):
    def construct(self, graph, inputs):
        loops = ops.arange(int(graph.n_node), dtype=ms.int32)
        node_in = ops.concat([graph.edges[0], loops])
        return inputs[node_in]


def _inputs():
    edges = Tensor(np.array([[0, 1], [1, 2]], np.int32))
    return Graph(edges, Tensor(3, ms.int32)), Tensor(np.ones((3, 4), np.float32))


def make():
    return SelfLoops(), _inputs()
