# case: spills reservoir storage in fixed increments while storage exceeds capacity, appending each release to a Python list then stacking -> data-dependent while loop growing a list, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpillwaySchedule(nn.Cell):
    """Releases water in gate-opening steps until the reservoir is back under capacity."""

    def __init__(self, capacity=120.0, gate_step=15.0):
        super().__init__()
        self.capacity = Tensor(capacity, ms.float32)
        self.gate_step = gate_step

    def construct(self, storage, inflow):
        storage = storage + inflow
        releases = []
        while storage > self.capacity:
            release = ops.minimum(storage - self.capacity, self.gate_step)
            storage = storage - release
            releases.append(release)
        releases.append(storage * 0.0)
        return ops.stack(releases), storage


def make():
    np.random.seed(10)
    storage = Tensor(np.float32(110.0))
    inflow = Tensor(np.float32(np.random.uniform(30.0, 50.0)))
    return SpillwaySchedule(), (storage, inflow)
