# case: increments a plain Python trip counter and stores the last floor on self inside construct for maintenance scheduling -> attribute writes on self in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaintenanceTracker(nn.Cell):
    def __init__(self, service_interval=5000):
        super().__init__()
        self.service_interval = service_interval
        self.trip_count = 0
        self.last_floor = None

    def construct(self, floors_visited, motor_temp):
        self.trip_count = self.trip_count + floors_visited.shape[0]
        self.last_floor = floors_visited[-1]
        f = floors_visited.astype(ms.float32)
        wear = ops.abs(f[1:] - f[:-1]).sum()
        hot = (motor_temp > 80.0).astype(ms.float32).mean()
        due = self.trip_count >= self.service_interval
        return wear, hot, due


def make():
    np.random.seed(20)
    floors = Tensor(np.random.randint(0, 20, (12,)).astype(np.int32))
    temp = Tensor(np.random.uniform(50, 90, (12,)).astype(np.float32))
    return MaintenanceTracker(), (floors, temp)
