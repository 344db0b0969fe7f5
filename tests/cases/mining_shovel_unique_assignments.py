# case: count how many distinct loading shovels trucks were dispatched to this shift with ops.unique -> unique output length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShovelCoverage(nn.Cell):
    """How many shovels received trucks, and loads per shovel."""

    def __init__(self, n_shovels=6):
        super().__init__()
        self.n_shovels = n_shovels

    def construct(self, assigned_shovel, payload_t):
        shovels, inverse = ops.unique(assigned_shovel)
        loads = ops.unsorted_segment_sum(payload_t, inverse, shovels.shape[0])
        return shovels, loads


def make():
    np.random.seed(51)
    assigned = np.random.choice([0, 2, 3, 5], size=(40,)).astype(np.int32)
    payload = np.random.normal(220.0, 12.0, size=(40,)).astype(np.float32)
    return ShovelCoverage(), (Tensor(assigned), Tensor(payload))
