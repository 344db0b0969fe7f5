# case: per-machine z-normalisation where the number of machines is taken from ops.unique on the id column -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerMachineNorm(nn.Cell):
    """Normalises each reading by the mean/std of its own machine in the batch."""

    def __init__(self, eps=1e-5):
        super().__init__()
        self.eps = eps
        self.seg_sum = ops.UnsortedSegmentSum()

    def _segment_mean(self, values, seg, n):
        total = self.seg_sum(values, seg, n)
        count = self.seg_sum(ops.ones_like(values), seg, n)
        return total / ops.maximum(count, ops.ones_like(count))

    def construct(self, readings, machine_ids):
        uniq, remap = ops.unique(machine_ids)
        n_machines = uniq.shape[0]
        mean = self._segment_mean(readings, remap, n_machines)
        centred = readings - ops.gather(mean, remap, 0)
        var = self._segment_mean(centred * centred, remap, n_machines)
        std = ops.sqrt(ops.gather(var, remap, 0) + self.eps)
        return centred / std


def make():
    np.random.seed(5)
    readings = np.random.randn(16).astype(np.float32) * 3 + 10
    ids = np.array([7, 3, 7, 9, 3, 3, 9, 7, 7, 3, 9, 9, 7, 3, 3, 9], dtype=np.int32)
    return PerMachineNorm(), (Tensor(readings), Tensor(ids))
