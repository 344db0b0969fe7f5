# case: picks the k nearest idle cars with topk where k is read from the number of idle cars in the tensor -> topk k taken from tensor data, dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearestIdleCars(nn.Cell):
    def __init__(self, far_cost=1e3):
        super().__init__()
        self.far_cost = far_cost

    def construct(self, car_floors, idle, call_floor):
        dist = ops.abs(car_floors - call_floor)
        dist = ops.where(idle, dist, ops.full_like(dist, self.far_cost))
        k = idle.astype(ms.int32).sum()
        values, idx = ops.topk(-dist, int(k))
        return idx, -values


def make():
    np.random.seed(17)
    floors = Tensor(np.random.randint(0, 30, (8,)).astype(np.float32))
    idle = Tensor(np.array([1, 0, 1, 1, 0, 0, 1, 0], dtype=np.bool_))
    return NearestIdleCars(), (floors, idle, Tensor(12.0, ms.float32))
