# case: a door-health sub-Cell returns argwhere indices of doors over the fault score and the parent gathers those doors' current traces -> argwhere output size depends on data, dynamic shape inside a sub-Cell
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DoorHealth(nn.Cell):
    def __init__(self, nominal_amps=2.0, fault_score=1.5):
        super().__init__()
        self.nominal_amps = nominal_amps
        self.fault_score = fault_score

    def construct(self, currents):
        score = currents.max(axis=1) / self.nominal_amps
        return ops.argwhere(score > self.fault_score).reshape(-1)


class DoorFaultCollector(nn.Cell):
    def __init__(self):
        super().__init__()
        self.health = DoorHealth()

    def construct(self, currents):
        faulty = self.health(currents)
        traces = ops.gather(currents, faulty, 0)
        return faulty, traces.mean(axis=1)


def make():
    np.random.seed(32)
    currents = np.random.normal(2.0, 0.2, (6, 20)).astype(np.float32)
    currents[2, 5:9] = 4.2
    currents[5, 11] = 3.9
    return DoorFaultCollector(), (Tensor(currents),)
