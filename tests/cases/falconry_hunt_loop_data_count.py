# case: accumulate per-flight energy expenditure over the number of hunting flights logged today, loop count read from a tensor with int() -> for over range(data), dynamic/error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DailyEnergy(nn.Cell):
    def __init__(self, basal_kj=90.0):
        super().__init__()
        self.basal_kj = basal_kj
        self.cost = nn.Dense(3, 1)

    def construct(self, flights, n_flights):
        # flights: (max_flights, 3) duration_min, climb_m, chase_s
        total = ops.zeros((1,), ms.float32) + self.basal_kj
        for i in range(int(n_flights)):
            total = total + ops.relu(self.cost(flights[i:i + 1])).squeeze(0)
        return total


def make():
    np.random.seed(3200)
    f = np.abs(np.random.randn(10, 3)).astype(np.float32)
    return DailyEnergy(), (Tensor(f), Tensor(np.array(4, dtype=np.int32)))
