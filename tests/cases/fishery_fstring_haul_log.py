# case: haul weighing step logs the haul total with an f-string print of a tensor inside construct -> f-string formatting a tensor in graph mode
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
            print(f"haul net weight {total} kg over {net.shape[0]} hoppers")
        return net, total


def make():
    np.random.seed(41)
    gross = Tensor(np.random.uniform(200, 900, size=(6,)).astype(np.float32))
    return HaulScale(), (gross,)
