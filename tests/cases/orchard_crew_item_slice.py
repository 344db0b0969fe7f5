# case: allocate the first N pickers to a block, where N comes from .item() on the forecast bin count -> slice length from tensor value, Graph mode should go dynamic or reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def bins_to_crew(bins, bins_per_picker=6.0):
    return ops.ceil(bins / bins_per_picker)


class BlockCrewAllocator(nn.Cell):
    def __init__(self, bins_per_picker=6.0):
        super().__init__()
        self.bins_per_picker = bins_per_picker

    def construct(self, picker_speed, forecast_bins):
        # picker_speed: (pickers,) bins/hour, sorted fastest first
        needed = bins_to_crew(forecast_bins, self.bins_per_picker)
        n = int(needed.item())
        crew = picker_speed[:n]
        hours = forecast_bins / crew.sum()
        return crew, hours


def make():
    np.random.seed(41)
    speed = np.sort(np.random.rand(20).astype(np.float32) * 2 + 1)[::-1].copy()
    return BlockCrewAllocator(), (Tensor(speed), Tensor(np.float32(47.0)))
