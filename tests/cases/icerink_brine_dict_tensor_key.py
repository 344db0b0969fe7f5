# case: look up circuit alarm thresholds in a dict keyed by the circuit id read from a tensor -> dict indexed with a tensor-derived key
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CircuitAlarm(nn.Cell):
    def __init__(self):
        super().__init__()
        self.thresholds = {0: 2.0, 1: 2.5, 2: 3.0, 3: 2.2}

    def construct(self, circuit_id, supply_c, return_c):
        delta = (return_c - supply_c).max()
        limit = self.thresholds[int(circuit_id)]
        return delta > limit, delta - limit


def make():
    np.random.seed(3140)
    cid = np.array(2, dtype=np.int32)
    sup = np.random.uniform(-9.0, -7.0, size=(10,)).astype(np.float32)
    ret = sup + np.random.uniform(1.0, 3.5, size=(10,)).astype(np.float32)
    return CircuitAlarm(), (Tensor(cid), Tensor(sup), Tensor(ret))
