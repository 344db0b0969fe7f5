# case: per-haul CPUE list grown in a for loop whose count is the number of hauls read from a tensor, then stacked -> loop count from tensor data, list grown in loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TripCPUE(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stack = ops.Stack()

    def construct(self, catch_kg, tow_hours, n_hauls):
        cpue = []
        for i in range(int(n_hauls)):
            cpue.append(catch_kg[i] / tow_hours[i])
        out = self.stack(cpue)
        return out, out.mean()


def make():
    np.random.seed(47)
    catch = Tensor(np.random.uniform(200, 2000, size=(10,)).astype(np.float32))
    hours = Tensor(np.random.uniform(2, 6, size=(10,)).astype(np.float32))
    return TripCPUE(), (catch, hours, Tensor(np.array(7, dtype=np.int32)))
