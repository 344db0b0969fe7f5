# case: find idle haul trucks with ops.nonzero and average their wait times for the dispatcher -> nonzero output size depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IDLE, LOADING, HAULING, DUMPING = 0, 1, 2, 3


class IdleTruckReport(nn.Cell):
    def __init__(self, n_trucks=24):
        super().__init__()
        self.n_trucks = n_trucks

    def construct(self, states, wait_min):
        idle_idx = ops.nonzero(states == IDLE)
        idle_idx = idle_idx.reshape(-1)
        idle_wait = ops.gather(wait_min, idle_idx, 0)
        return idle_wait.mean(), idle_idx


def make():
    np.random.seed(31)
    states = np.random.randint(0, 4, size=(24,)).astype(np.int32)
    states[3] = IDLE
    wait = np.random.exponential(4.0, size=(24,)).astype(np.float32)
    return IdleTruckReport(), (Tensor(states), Tensor(wait))
