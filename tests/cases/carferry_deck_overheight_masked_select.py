# case: deck loading check pulls the heights of over-height vehicles out with ops.masked_select to size the mezzanine clearance -> output length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MezzanineClearance(nn.Cell):
    def __init__(self, mezz_clear_m=2.1, main_deck_m=4.9):
        super().__init__()
        self.mezz = mezz_clear_m
        self.main = main_deck_m

    def construct(self, vehicle_heights):
        too_tall = vehicle_heights > self.mezz
        tall = ops.masked_select(vehicle_heights, too_tall)
        margin = self.main - tall
        return tall, margin.min()


def make():
    np.random.seed(22)
    heights = np.random.uniform(1.4, 4.2, 30).astype(np.float32)
    return MezzanineClearance(), (Tensor(heights),)
