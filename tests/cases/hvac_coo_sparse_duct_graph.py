# case: duct network pressure propagation builds a COOTensor adjacency from index/value tensors inside construct and multiplies it with node pressures -> may compile or error (sparse tensor in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class DuctPressurePropagation(nn.Cell):
    def __init__(self, n_nodes=6):
        super().__init__()
        self.n_nodes = n_nodes

    def construct(self, edge_index, conductance, pressure):
        adj = COOTensor(edge_index, conductance, (self.n_nodes, self.n_nodes))
        flow_in = adj.to_dense() @ pressure.reshape(-1, 1)
        outflow = adj.to_dense().sum(axis=1, keepdims=True) * pressure.reshape(-1, 1)
        return (flow_in - outflow).reshape(-1)


def make():
    np.random.seed(25)
    net = DuctPressurePropagation()
    edges = np.array([[0, 1], [1, 2], [1, 3], [3, 4], [4, 5], [2, 5]], np.int32)
    edge_index = Tensor(edges)
    cond = Tensor(np.random.rand(6).astype(np.float32))
    pressure = Tensor((100.0 + 5.0 * np.random.rand(6)).astype(np.float32))
    return net, (edge_index, cond, pressure)
