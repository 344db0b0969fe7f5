# case: per-molecule pooling with segment ids, num_molecules a Python int given at construction (sum and max readouts) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentReadout(nn.Cell):
    def __init__(self, dim=8, num_molecules=3, readout="sum_max"):
        super().__init__()
        self.num_molecules = num_molecules
        self.readout = readout
        out_in = 2 * dim if readout == "sum_max" else dim
        self.head = nn.Dense(out_in, 1)

    def pool(self, h, seg):
        s = ops.unsorted_segment_sum(h, seg, self.num_molecules)
        if self.readout == "sum_max":
            m = ops.unsorted_segment_max(h, seg, self.num_molecules)
            return ops.concat((s, m), axis=-1)
        return s

    def construct(self, h, seg):
        return self.head(self.pool(h, seg)).squeeze(-1)


def make():
    np.random.seed(27)
    h = Tensor(np.random.randn(8, 8).astype(np.float32))
    seg = Tensor(np.array([0, 0, 1, 1, 1, 2, 2, 2], dtype=np.int32))
    return SegmentReadout(), (h, seg)
