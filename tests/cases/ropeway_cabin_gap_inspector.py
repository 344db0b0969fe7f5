# case: pick the widest cabin gaps on the haul rope, with the number of gaps to inspect read from the dispatcher tensor -> top-k with k from tensor value, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def shift_ring(x, k):
    """Circular shift along the cabin axis: result[i] = x[(i + k) % n]."""
    return ops.concat((x[k:], x[:k]), axis=0)


def wrap_gaps(positions, loop_length):
    shifted = shift_ring(positions, 1)
    gaps = shifted - positions
    return ops.where(gaps < 0, gaps + loop_length, gaps)


class CabinGapInspector(nn.Cell):
    def __init__(self, loop_length=3200.0):
        super().__init__()
        self.loop_length = loop_length
        self.topk = ops.TopK(sorted=True)

    def construct(self, cabin_positions, n_inspect):
        gaps = wrap_gaps(cabin_positions, self.loop_length)
        k = int(n_inspect)
        widest, idx = self.topk(gaps, k)
        return widest, idx


def make():
    np.random.seed(308)
    pos = np.sort(np.random.uniform(0, 3200, size=24)).astype(np.float32)
    return CabinGapInspector(), (Tensor(pos), Tensor(4, ms.int32))
