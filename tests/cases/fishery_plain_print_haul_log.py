# case: haul weighing step prints a label string and the total tensor as separate print arguments inside construct -> plain print of string and tensor, expected supported
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HaulScale(nn.Cell):
    def __init__(self, tare_kg=12.5, verbose=True):
        super().__init__()
        self.tare_kg = tare_kg
        self.verbose = verbose

    def construct(self, gross_kg):
        net = ops.relu(gross_kg - self.tare_kg)
        total = net.sum()
        if self.verbose:
            print("haul net weight kg:", total)
        return net, total


def make():
    np.random.seed(42)
    gross = Tensor(np.random.uniform(200, 900, size=(6,)).astype(np.float32))
    return HaulScale(), (gross,)
