# case: GNN message passing with UnsortedSegmentSum whose num_segments is x.shape[0] (static); mean aggregation via degree counts -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MeanConv(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.msg = nn.Dense(dim, dim)
        self.upd = nn.Dense(2 * dim, dim)
        self.seg_sum = ops.UnsortedSegmentSum()

    def construct(self, x, edge_index):
        src, dst = edge_index[0], edge_index[1]
        num_nodes = x.shape[0]
        m = self.msg(ops.gather(x, src, 0))
        agg = self.seg_sum(m, dst, num_nodes)
        deg = self.seg_sum(ops.ones((dst.shape[0], 1), ms.float32), dst, num_nodes)
        agg = agg / ops.maximum(deg, 1.0)
        return ops.relu(self.upd(ops.concat((x, agg), axis=-1)))


def make():
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    ei = Tensor(np.array([[0, 1, 2, 3, 4, 5, 1], [1, 2, 3, 4, 5, 0, 3]], np.int32))
    return MeanConv(), (x, ei)
