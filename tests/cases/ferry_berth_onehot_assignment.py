# case: berth scheduler turns assigned berth indices into one-hot rows with fixed depth and sums occupancy per berth -> fixed depth keeps static shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BerthOccupancy(nn.Cell):
    def __init__(self, n_berths=5):
        super().__init__()
        self.n_berths = n_berths
        self.on_value = Tensor(1.0, ms.float32)
        self.off_value = Tensor(0.0, ms.float32)

    def construct(self, assigned, stay_hours):
        onehot = ops.one_hot(assigned, self.n_berths, self.on_value, self.off_value)
        hours = (onehot * stay_hours.reshape((-1, 1))).sum(axis=0)
        return hours / 24.0


def make():
    np.random.seed(32)
    assigned = Tensor(np.random.randint(0, 5, size=(9,)).astype(np.int32))
    stay = Tensor(np.random.uniform(1, 8, size=(9,)).astype(np.float32))
    return BerthOccupancy(), (assigned, stay)
