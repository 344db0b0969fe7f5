# case: pick the four widest cabin gaps on the haul rope with a fixed inspection count from config -> constant k, Graph mode should compile statically
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
    def __init__(self, loop_length=3200.0, n_inspect=4):
        super().__init__()
        self.loop_length = loop_length
        self.n_inspect = n_inspect
        self.topk = ops.TopK(sorted=True)

    def construct(self, cabin_positions, speed_mps):
        gaps = wrap_gaps(cabin_positions, self.loop_length)
        headway_s = gaps / ops.maximum(speed_mps, 0.1)
        widest, idx = self.topk(headway_s, self.n_inspect)
        return widest, idx


def make():
    np.random.seed(3081)
    pos = np.sort(np.random.uniform(0, 3200, size=24)).astype(np.float32)
    return CabinGapInspector(), (Tensor(pos), Tensor(np.float32(5.0)))
