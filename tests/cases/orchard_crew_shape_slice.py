# case: split the picker roster into two crews using the roster length from .shape -> slice bounds from static shape, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoCrewSplitter(nn.Cell):
    def __init__(self, bins_per_picker=6.0):
        super().__init__()
        self.bins_per_picker = bins_per_picker

    def crew_hours(self, crew, bins):
        return bins / crew.sum()

    def construct(self, picker_speed, forecast_bins):
        half = picker_speed.shape[0] // 2
        crew_a = picker_speed[:half]
        crew_b = picker_speed[half:]
        split = crew_a.sum() / (crew_a.sum() + crew_b.sum())
        hours_a = self.crew_hours(crew_a, forecast_bins * split)
        hours_b = self.crew_hours(crew_b, forecast_bins * (1 - split))
        return ops.stack([hours_a, hours_b])


def make():
    np.random.seed(42)
    speed = (np.random.rand(20) * 2 + 1).astype(np.float32)
    return TwoCrewSplitter(), (Tensor(speed), Tensor(np.float32(47.0)))
