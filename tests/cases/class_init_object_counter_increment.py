# case: increment an int counter on an __init__ object in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class Meter:
    def __init__(self):
        self.count = 0


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.meter = Meter()

    def construct(self, x):
        self.meter.count += 1
        return x * self.meter.count


def make():
    return Net(), (Tensor(np.ones(3, np.float32)),)
