# case: syneresis model uses math.log and math.pi from a module-level import on Python constants inside construct, plus len() and x.shape on the input -> constants folded at compile time, fine in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Syneresis(nn.Cell):
    """Whey loss of cut curd cubes over stirring time."""

    def __init__(self, cube_mm=10.0, half_life_min=25.0):
        super().__init__()
        self.k = math.log(2.0) / half_life_min
        self.cube_mm = cube_mm

    def construct(self, minutes, temp_c):
        surface = 6.0 * self.cube_mm ** 2
        volume = self.cube_mm ** 3
        geom = surface / volume * math.pi / 4.0
        n_batches = len(temp_c)
        rate = self.k * geom * (1.0 + 0.04 * (temp_c - 35.0))
        loss = 1.0 - ops.exp(-rate * minutes)
        return loss.sum(axis=1) / (n_batches * minutes.shape[1])


def make():
    np.random.seed(3237)
    minutes = np.tile(np.linspace(0, 60, 13, dtype=np.float32), (3, 1))
    temp = np.array([[34.0], [36.0], [38.0]], np.float32)
    return Syneresis(), (Tensor(minutes), Tensor(temp))
