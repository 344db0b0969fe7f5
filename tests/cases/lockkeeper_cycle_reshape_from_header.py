# case: unflatten a lock cycle log into (cycles, phases) where the number of phases comes from the log header tensor -> reshape target shape from tensor data, expect rejection or dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CycleUnpacker(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, flat_log, n_phases):
        phases = int(n_phases[0])
        table = flat_log.reshape((-1, phases))
        return table.sum(axis=1)


def make():
    np.random.seed(241)
    flat = np.random.uniform(60, 400, size=(24,)).astype(np.float32)
    return CycleUnpacker(), (Tensor(flat), Tensor(np.array([4], dtype=np.int32)))
