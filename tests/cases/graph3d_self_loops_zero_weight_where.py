# case: neutralise existing self-loops by zero weight via where, then append fixed self-loops -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphConvWithLoops(nn.Cell):
    def __init__(self, in_dim=6, out_dim=10, fill_value=1.0, improved=False):
        super().__init__()
        self.fill_value = 2.0 if improved else fill_value
        self.lin = nn.Dense(in_dim, out_dim, has_bias=False)
        self.bias = ms.Parameter(ops.zeros((out_dim,), ms.float32), name="bias")

    def add_remaining_self_loops(self, edge_index, edge_weight, n):
        is_loop = edge_index[0] == edge_index[1]
        edge_weight = ops.where(is_loop, ops.zeros_like(edge_weight), edge_weight)
        loop = ops.arange(0, n, dtype=edge_index.dtype)
        edge_index = ops.concat([edge_index, ops.stack([loop, loop])], axis=1)
        edge_weight = ops.concat([edge_weight, ops.full((n,), self.fill_value, dtype=ms.float32)])
        return edge_index, edge_weight

    def construct(self, x, edge_index, edge_weight):
        n = x.shape[0]
        edge_index, edge_weight = self.add_remaining_self_loops(edge_index, edge_weight, n)
        deg = ops.unsorted_segment_sum(edge_weight, edge_index[1], n)
        norm = edge_weight / ops.gather(deg, edge_index[1], 0)
        msg = ops.gather(self.lin(x), edge_index[0], 0) * norm.expand_dims(1)
        return ops.unsorted_segment_sum(msg, edge_index[1], n) + self.bias


def make():
    np.random.seed(24)
    x = Tensor(np.random.randn(8, 6).astype(np.float32))
    ei = np.random.randint(0, 8, size=(2, 20)).astype(np.int32)
    ei[1, :3] = ei[0, :3]
    w = Tensor(np.random.rand(20).astype(np.float32))
    return GraphConvWithLoops(), (x, Tensor(ei), w)
