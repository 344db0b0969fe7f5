# case: GNN message passing aggregates edge messages with UnsortedSegmentSum whose num_segments is edge_index.max()+1 taken from data -> dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MessagePassing(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.msg = nn.Dense(dim, dim)
        self.upd = nn.Dense(2 * dim, dim)
        self.seg_sum = ops.UnsortedSegmentSum()

    def construct(self, x, edge_index):
        src, dst = edge_index[0], edge_index[1]
        m = self.msg(ops.gather(x, src, 0))
        num_nodes = edge_index.max() + 1
        agg = self.seg_sum(m, dst, num_nodes)
        return self.upd(ops.concat((x[:agg.shape[0]], agg), axis=-1))


def make():
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    ei = Tensor(np.array([[0, 1, 2, 3, 4, 5, 1], [1, 2, 3, 4, 5, 0, 3]], np.int32))
    return MessagePassing(), (x, ei)
