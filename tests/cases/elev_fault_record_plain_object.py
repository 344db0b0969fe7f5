# case: builds a plain Python FaultRecord object in construct, mutates its fields from tensor results and returns it -> custom Python object created and returned from graph construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FaultRecord:
    def __init__(self, car_id):
        self.car_id = car_id
        self.severity = None
        self.kind = "none"


class DoorFaultClassifier(nn.Cell):
    def __init__(self, car_id=3, stall_amps=4.0):
        super().__init__()
        self.car_id = car_id
        self.stall_amps = stall_amps

    def construct(self, current):
        rec = FaultRecord(self.car_id)
        peak = current.max()
        rec.severity = (peak - self.stall_amps) / self.stall_amps
        rec.kind = "stall"
        return rec


def make():
    np.random.seed(33)
    current = np.random.normal(2.0, 0.3, (30,)).astype(np.float32)
    current[12] = 5.1
    return DoorFaultClassifier(), (Tensor(current),)
