# case: group-wise weight quantizer expands per-group scales to per-row with repeat_interleave using a stored group-size tensor -> dynamic shape at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class UnevenGroupWeightQuant(nn.Cell):
    """Rows are split into groups of (possibly) unequal sizes, each with its own scale."""

    def __init__(self, group_sizes=(2, 3, 3), in_features=4, num_bits=4):
        super().__init__()
        rows = sum(group_sizes)
        self.weight = Parameter(Tensor(np.random.randn(rows, in_features).astype(np.float32)), name="weight")
        self.group_sizes = Tensor(np.array(group_sizes, np.int32))
        self.group_ids = Tensor(np.repeat(np.arange(len(group_sizes)), group_sizes).astype(np.int32))
        self.num_groups = len(group_sizes)
        self.qmax = 2 ** (num_bits - 1) - 1

    def group_scales(self):
        row_absmax = ops.abs(self.weight).max(axis=1)
        g_max = ops.unsorted_segment_max(row_absmax, self.group_ids, self.num_groups)
        return g_max / self.qmax

    def construct(self, x):
        scales = ops.repeat_interleave(self.group_scales(), self.group_sizes, 0).reshape(-1, 1)
        wq = ops.clamp(ops.round(self.weight / scales), -self.qmax, self.qmax) * scales
        return ops.matmul(x, wq.T)


def make():
    np.random.seed(21)
    net = UnevenGroupWeightQuant()
    x = Tensor(np.random.randn(2, 4).astype(np.float32))
    return net, (x,)
