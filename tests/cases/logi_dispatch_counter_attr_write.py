# case: dispatcher Cell increments a Python attribute counter on self every call and stores the last assignment -> attribute writes on self in construct, may be rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Dispatcher(nn.Cell):
    def __init__(self, num_vehicles=4):
        super().__init__()
        self.num_vehicles = num_vehicles
        self.dispatch_count = 0
        self.last_assignment = None

    def construct(self, order_xy, vehicle_xy):
        diff = order_xy.expand_dims(1) - vehicle_xy.expand_dims(0)
        dist = (diff * diff).sum(axis=-1)
        assignment = ops.argmin(dist, axis=1)
        self.dispatch_count = self.dispatch_count + 1
        self.last_assignment = assignment
        return assignment


def make():
    np.random.seed(13)
    orders = Tensor(np.random.uniform(0, 10, size=(9, 2)).astype(np.float32))
    vehicles = Tensor(np.random.uniform(0, 10, size=(4, 2)).astype(np.float32))
    return Dispatcher(), (orders, vehicles)
