# case: tanning drum log, pick the chrome oxide readings taken while the float pH was out of spec with masked_select and average them -> masked_select output shape depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DrumLogFilter(nn.Cell):
    def __init__(self, ph_low=3.6, ph_high=4.0):
        super().__init__()
        self.ph_low = ph_low
        self.ph_high = ph_high

    def out_of_spec(self, ph):
        return ops.logical_or(ph < self.ph_low, ph > self.ph_high)

    def construct(self, ph_trace, cr2o3_trace):
        bad = self.out_of_spec(ph_trace)
        bad_cr = ops.masked_select(cr2o3_trace, bad)
        return bad_cr.mean(), bad_cr.shape[0]


def make():
    np.random.seed(3075)
    ph = Tensor((3.8 + 0.3 * np.random.randn(120)).astype(np.float32))
    cr = Tensor((2.5 + 0.2 * np.random.randn(120)).astype(np.float32))
    return DrumLogFilter(), (ph, cr)
