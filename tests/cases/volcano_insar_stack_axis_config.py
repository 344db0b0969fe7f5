# case: average an InSAR interferogram stack along the time axis fixed in the config and compute a per-pixel velocity -> reduce axis is a Python constant, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StackVelocity(nn.Cell):
    def __init__(self, mm_per_rad=4.42, time_axis=0, span_years=1.2):
        super().__init__()
        self.mm_per_rad = mm_per_rad
        self.time_axis = time_axis
        self.span_years = span_years

    def construct(self, ifg_stack):
        mean_phase = ops.mean(ifg_stack, axis=self.time_axis)
        std_phase = ops.std(ifg_stack, axis=self.time_axis)
        velocity = mean_phase * self.mm_per_rad / self.span_years
        return velocity, std_phase * self.mm_per_rad


def make():
    np.random.seed(162)
    stack = Tensor(np.random.randn(5, 16, 16).astype(np.float32))
    return StackVelocity(), (stack,)
