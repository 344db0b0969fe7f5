# case: route brine through the pond network (sparse COO adjacency of channels between ponds) to get each pond's inflow -> sparse tensor built and multiplied in construct, expect Graph mode trouble with sparse
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# (from_pond, to_pond) channels of a small concentrator train
CHANNELS = [(0, 1), (1, 2), (2, 3), (1, 4), (4, 5), (3, 5), (5, 6)]


class BrineRouter(nn.Cell):
    def __init__(self, n_ponds=7):
        super().__init__()
        self.n_ponds = n_ponds
        self.matmul = ops.SparseTensorDenseMatmul()

    def construct(self, channel_idx, channel_frac, outflow_m3):
        # adjacency[to, from] = fraction of 'from' outflow routed to 'to'
        adj = ms.COOTensor(channel_idx, channel_frac, (self.n_ponds, self.n_ponds))
        inflow = self.matmul(adj.indices, adj.values, adj.shape, outflow_m3)
        return inflow.squeeze(-1)


def make():
    np.random.seed(2)
    idx = np.array([[t, f] for f, t in CHANNELS], dtype=np.int64)
    frac = np.array([1.0, 0.6, 1.0, 0.4, 1.0, 1.0, 1.0], dtype=np.float32)
    outflow = np.random.uniform(50.0, 200.0, size=(7, 1)).astype(np.float32)
    return BrineRouter(), (Tensor(idx), Tensor(frac), Tensor(outflow))
