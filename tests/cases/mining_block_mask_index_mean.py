# case: mean grade of ore blocks selected by boolean-mask indexing of the block model above cutoff -> boolean mask indexing gives a data-dependent shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def tonnes_from_volume(volume_m3, density_t_m3=2.7):
    return volume_m3 * density_t_m3


class OreBlockGrade(nn.Cell):
    def __init__(self, cutoff_au_gpt=0.8, block_volume=1000.0):
        super().__init__()
        self.cutoff = cutoff_au_gpt
        self.block_tonnes = tonnes_from_volume(block_volume)

    def construct(self, grades):
        is_ore = grades > self.cutoff
        ore_grades = grades[is_ore]
        contained_oz = ore_grades.sum() * self.block_tonnes / 31.1035
        return ore_grades.mean(), contained_oz


def make():
    np.random.seed(21)
    g = np.random.gamma(shape=1.5, scale=0.7, size=(200,)).astype(np.float32)
    return OreBlockGrade(), (Tensor(g),)
