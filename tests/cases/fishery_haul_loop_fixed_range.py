# case: per-haul CPUE list grown in a for loop over a fixed max number of hauls from the config, then stacked and masked by a validity vector -> range over a python int, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TripCPUE(nn.Cell):
    def __init__(self, max_hauls=10):
        super().__init__()
        self.max_hauls = max_hauls
        self.stack = ops.Stack()

    def construct(self, catch_kg, tow_hours, valid):
        cpue = []
        for i in range(self.max_hauls):
            cpue.append(catch_kg[i] / tow_hours[i])
        out = self.stack(cpue) * valid
        return out, out.sum() / valid.sum()


def make():
    np.random.seed(48)
    catch = Tensor(np.random.uniform(200, 2000, size=(10,)).astype(np.float32))
    hours = Tensor(np.random.uniform(2, 6, size=(10,)).astype(np.float32))
    valid = Tensor(np.array([1] * 7 + [0] * 3, dtype=np.float32))
    return TripCPUE(), (catch, hours, valid)
