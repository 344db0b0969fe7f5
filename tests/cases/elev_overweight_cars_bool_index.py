# case: indexes car loads with a boolean overweight mask to raise alarms only for overloaded cars -> boolean-mask indexing gives a data-dependent shape, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverloadAlarm(nn.Cell):
    def __init__(self, rated_kg=1000.0, margin=1.1):
        super().__init__()
        self.limit = rated_kg * margin

    def construct(self, car_kg, car_ids):
        over = car_kg > self.limit
        over_kg = car_kg[over]
        over_ids = car_ids[over]
        excess = over_kg - self.limit
        return over_ids, excess


def make():
    np.random.seed(9)
    kg = np.random.uniform(300, 1000, (8,)).astype(np.float32)
    kg[2] = 1180.0
    kg[6] = 1250.0
    ids = np.arange(8, dtype=np.int32)
    return OverloadAlarm(), (Tensor(kg), Tensor(ids))
