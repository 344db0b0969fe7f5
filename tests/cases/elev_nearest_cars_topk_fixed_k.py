# case: ranks the three nearest cars to a hall call with topk using k from the constructor and penalises busy cars -> constant k, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NearestCars(nn.Cell):
    def __init__(self, k=3, busy_penalty=10.0):
        super().__init__()
        self.k = k
        self.busy_penalty = busy_penalty

    def construct(self, car_floors, busy, call_floor):
        dist = ops.abs(car_floors - call_floor)
        dist = dist + self.busy_penalty * busy.astype(ms.float32)
        values, idx = ops.topk(-dist, self.k)
        weights = ops.softmax(values, axis=-1)
        return idx, weights


def make():
    np.random.seed(18)
    floors = Tensor(np.random.randint(0, 30, (8,)).astype(np.float32))
    busy = Tensor(np.random.rand(8) > 0.5)
    return NearestCars(), (floors, busy, Tensor(12.0, ms.float32))
