# case: batched-graph readout that receives the node-to-graph batch vector as an input and pools with segment sum/max (near miss of repeat_interleave); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_GRAPHS = 3


class GraphReadout(nn.Cell):
    def __init__(self, d=8, n_out=2):
        super().__init__()
        self.node_mlp = nn.SequentialCell([nn.Dense(d, 16), nn.ReLU(), nn.Dense(16, 16)])
        self.out = nn.Dense(32, n_out)
        self.seg_max = ops.UnsortedSegmentMax()

    def construct(self, x, batch):
        h = self.node_mlp(x)
        summed = ops.unsorted_segment_sum(h, batch, N_GRAPHS)
        ones = ops.ones((x.shape[0], 1), ms.float32)
        counts = ops.unsorted_segment_sum(ones, batch, N_GRAPHS)
        mean = summed / ops.maximum(counts, 1.0)
        mx = self.seg_max(h, batch, N_GRAPHS)
        return self.out(ops.concat((mean, mx), axis=-1))


def make():
    x = Tensor(np.random.randn(9, 8).astype(np.float32))
    batch = Tensor(np.array([0, 0, 1, 1, 1, 2, 2, 2, 2], np.int32))
    return GraphReadout(), (x, batch)
