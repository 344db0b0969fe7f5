# case: boost the forecast field when the observed domain maximum indicates convection (tensor if whose branches keep the same shape) -> static shapes with control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvectiveAdjust(nn.Cell):
    def __init__(self, convective_dbz=40.0, boost=1.2):
        super().__init__()
        self.convective_dbz = convective_dbz
        self.boost = boost

    def construct(self, observed_dbz, forecast_rain):
        if observed_dbz.max() > self.convective_dbz:
            out = forecast_rain * self.boost
        else:
            out = ops.clamp(forecast_rain, 0.0, 50.0)
        return out


def make():
    np.random.seed(116)
    obs = Tensor(np.random.uniform(0, 50, (8, 8)).astype(np.float32))
    fc = Tensor(np.random.exponential(3.0, (8, 8)).astype(np.float32))
    return ConvectiveAdjust(), (obs, fc)
