# case: average wait time of idle haul trucks using ops.where with three arguments to zero out busy trucks -> fixed shapes, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

IDLE, LOADING, HAULING, DUMPING = 0, 1, 2, 3


class IdleTruckReportDense(nn.Cell):
    def __init__(self, n_trucks=24):
        super().__init__()
        self.n_trucks = n_trucks

    def construct(self, states, wait_min):
        is_idle = states == IDLE
        idle_wait = ops.where(is_idle, wait_min, ops.zeros_like(wait_min))
        n_idle = is_idle.astype(ms.float32).sum()
        mean_wait = idle_wait.sum() / ops.maximum(n_idle, 1.0)
        return mean_wait, idle_wait


def make():
    np.random.seed(32)
    states = np.random.randint(0, 4, size=(24,)).astype(np.int32)
    wait = np.random.exponential(4.0, size=(24,)).astype(np.float32)
    return IdleTruckReportDense(), (Tensor(states), Tensor(wait))
