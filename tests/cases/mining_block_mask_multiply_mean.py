# case: mean grade of ore blocks computed by multiplying with a cutoff mask instead of indexing -> fixed shapes, graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def tonnes_from_volume(volume_m3, density_t_m3=2.7):
    return volume_m3 * density_t_m3


class OreBlockGradeMasked(nn.Cell):
    def __init__(self, cutoff_au_gpt=0.8, block_volume=1000.0):
        super().__init__()
        self.cutoff = cutoff_au_gpt
        self.block_tonnes = tonnes_from_volume(block_volume)

    def construct(self, grades):
        mask = (grades > self.cutoff).astype(grades.dtype)
        n_ore = mask.sum()
        ore_sum = (grades * mask).sum()
        mean_grade = ore_sum / ops.maximum(n_ore, 1.0)
        contained_oz = ore_sum * self.block_tonnes / 31.1035
        return mean_grade, contained_oz


def make():
    np.random.seed(22)
    g = np.random.gamma(shape=1.5, scale=0.7, size=(200,)).astype(np.float32)
    return OreBlockGradeMasked(), (Tensor(g),)
