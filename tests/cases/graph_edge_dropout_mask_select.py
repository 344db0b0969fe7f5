# case: DropEdge augmentation removes edges by boolean indexing edge_index[:, keep] with a random keep mask before scatter -> dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DropEdgeConv(nn.Cell):
    def __init__(self, dim=8, p=0.2):
        super().__init__()
        self.p = p
        self.lin = nn.Dense(dim, dim)

    def construct(self, x, edge_index):
        keep = ops.rand((edge_index.shape[1],)) > self.p
        ei = edge_index[:, keep]
        msg = ops.gather(self.lin(x), ei[0], 0)
        out = ops.unsorted_segment_sum(msg, ei[1], x.shape[0])
        return out + x


def make():
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    ei = Tensor(np.array([[0, 1, 2, 3, 4, 5, 1], [1, 2, 3, 4, 5, 0, 3]], np.int32))
    return DropEdgeConv(), (x, ei)
