# case: pools node features per graph with unsorted_segment_sum where num_segments = batch.max() + 1 comes from tensor data; graph mode infers a dynamic first dimension at both levels
import numpy as np
import mindspore as ms
import mindspore.ops as ops
from mindspore import nn, Tensor


class GlobalAddPool(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.lin = nn.Dense(dim, dim)

    def construct(self, x, batch):
        num_graphs = batch.max() + 1
        h = self.lin(x)
        return ops.unsorted_segment_sum(h, batch, num_graphs)


def make():
    x = Tensor(np.random.randn(6, 3).astype(np.float32))
    batch = Tensor(np.array([0, 0, 1, 1, 1, 2], np.int32))
    return GlobalAddPool(3), (x, batch)
