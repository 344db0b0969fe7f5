# case: compressor COP estimate wrapped in try/except that falls back to a nominal COP -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NOMINAL_COP = 2.8


class CompressorCOP(nn.Cell):
    def __init__(self, nominal_cop=NOMINAL_COP):
        super().__init__()
        self.nominal_cop = nominal_cop

    def construct(self, cooling_kw, electrical_kw):
        try:
            cop = cooling_kw / electrical_kw
            cop = ops.clip_by_value(cop, 0.5, 8.0)
        except ZeroDivisionError:
            cop = ops.ones_like(cooling_kw) * self.nominal_cop
        return cop.mean(), cop


def make():
    np.random.seed(3138)
    cool = np.random.uniform(300.0, 600.0, size=(8,)).astype(np.float32)
    elec = np.random.uniform(100.0, 220.0, size=(8,)).astype(np.float32)
    return CompressorCOP(), (Tensor(cool), Tensor(elec))
