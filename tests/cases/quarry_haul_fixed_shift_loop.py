# case: simulate a fixed 8-cycle shift of haul trucks (range of python int) reducing muck pile tonnage -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HaulShiftSim(nn.Cell):
    def __init__(self, n_cycles=8, fill_factor=0.92):
        super().__init__()
        self.n_cycles = n_cycles
        self.fill = fill_factor

    def construct(self, muck_pile_t, truck_caps):
        remaining = muck_pile_t
        hauled = ops.zeros_like(truck_caps)
        for _ in range(self.n_cycles):
            load = ops.minimum(truck_caps * self.fill, remaining / truck_caps.shape[0])
            load = ops.relu(load)
            hauled = hauled + load
            remaining = ops.relu(remaining - load.sum())
        return hauled, remaining


def make():
    np.random.seed(52)
    pile = Tensor(np.float32(np.random.uniform(900, 1300)))
    caps = Tensor(np.array([40.0, 40.0, 60.0, 90.0], np.float32))
    return HaulShiftSim(), (pile, caps)
