# case: computes ABV from original and final gravity and prints an f-string report of the tensor value from construct -> f-string/print of data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AbvReporter(nn.Cell):
    def __init__(self, factor=131.25):
        super().__init__()
        self.factor = factor

    def construct(self, og, fg):
        abv = (og - fg) * self.factor
        mean_abv = abv.mean()
        print(f"batch mean ABV: {mean_abv}%")
        return abv


def make():
    np.random.seed(10)
    og = np.random.uniform(1.045, 1.065, size=6).astype(np.float32)
    fg = np.random.uniform(1.008, 1.014, size=6).astype(np.float32)
    return AbvReporter(), (Tensor(og), Tensor(fg))
