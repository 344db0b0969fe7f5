# case: sort fabric rolls by lightness difference to the standard and gather rolls in that order for cutting-table sequencing -> full sort and gather with fixed sizes, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShadeSequencer(nn.Cell):
    def __init__(self, descending=False):
        super().__init__()
        self.descending = descending

    def construct(self, lab_rolls, lab_std):
        dl = lab_rolls[:, 0] - lab_std[0]
        _, order = ops.sort(dl, descending=self.descending)
        ordered = ops.gather(lab_rolls, order, 0)
        neighbours = ordered[1:] - ordered[:-1]
        step = ops.sqrt((neighbours * neighbours).sum(axis=1))
        return ordered, step


def make():
    np.random.seed(50)
    std = np.array([62.0, 10.0, -8.0], np.float32)
    rolls = (std + np.random.randn(14, 3)).astype(np.float32)
    return ShadeSequencer(), (Tensor(rolls), Tensor(std))
