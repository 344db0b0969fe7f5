# case: message passing that validates edge_index against num_nodes and raises on a tensor condition -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CheckedGraphConv(nn.Cell):
    def __init__(self, in_dim=6, out_dim=6, aggr="max", validate=True):
        super().__init__()
        self.aggr = aggr
        self.validate = validate
        self.lin = nn.Dense(in_dim, out_dim)
        self.root = nn.Dense(in_dim, out_dim, has_bias=False)

    def check_edge_index(self, edge_index, num_nodes):
        if edge_index.min() < 0 or edge_index.max() >= num_nodes:
            raise ValueError(f"edge_index out of range for {num_nodes} nodes")

    def construct(self, x, edge_index):
        n = x.shape[0]
        if self.validate:
            self.check_edge_index(edge_index, n)
        msg = ops.gather(self.lin(x), edge_index[0], 0)
        if self.aggr == "max":
            agg = ops.unsorted_segment_max(msg, edge_index[1], n)
        else:
            agg = ops.unsorted_segment_sum(msg, edge_index[1], n)
        return agg + self.root(x)


def make():
    np.random.seed(39)
    x = Tensor(np.random.randn(7, 6).astype(np.float32))
    ei = Tensor(np.random.randint(0, 7, size=(2, 21)).astype(np.int32))
    return CheckedGraphConv(), (x, ei)
