# case: tanning drum log, mean chrome oxide over readings taken while the float pH was out of spec, using ops.where with zero fill and a count -> fixed shapes, Graph mode fine
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
        bad_cr = ops.where(bad, cr2o3_trace, ops.zeros_like(cr2o3_trace))
        n_bad = bad.astype(ms.float32).sum()
        return bad_cr.sum() / ops.maximum(n_bad, 1.0), n_bad


def make():
    np.random.seed(3076)
    ph = Tensor((3.8 + 0.3 * np.random.randn(120)).astype(np.float32))
    cr = Tensor((2.5 + 0.2 * np.random.randn(120)).astype(np.float32))
    return DrumLogFilter(), (ph, cr)
