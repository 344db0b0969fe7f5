# case: spatio-temporal field statistics cell averages over the time axis whose position is passed in as a tensor by the data loader -> reduce axis from a tensor value, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class StatsConfig:
    subtract_mean = True
    eps = 1e-6


class FieldStatistics(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.subtract_mean = config.subtract_mean
        self.eps = config.eps

    def _time_axis(self, layout: Optional[Tensor]):
        if layout is None:
            return 1
        return int(layout[0])

    def construct(self, field, layout=None):
        axis = self._time_axis(layout)
        mean = field.mean(axis=axis, keep_dims=True)
        fluct = field - mean if self.subtract_mean else field
        rms = ops.sqrt((fluct * fluct).mean(axis=axis) + self.eps)
        return mean.squeeze(axis), rms


def make():
    np.random.seed(20)
    field = Tensor(np.random.randn(2, 10, 8, 8).astype(np.float32))
    layout = Tensor(np.array([1, 0], np.int32))
    return FieldStatistics(StatsConfig()), (field, layout)
