# case: setpoint scheduler slices the forecast horizon to the number of pre-heat hours computed from a tensor (x[:n] with n a tensor) -> error or dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PreheatScheduler(nn.Cell):
    def __init__(self, ramp_rate=1.5, occupied_sp=21.0):
        super().__init__()
        self.ramp_rate = ramp_rate
        self.occupied_sp = occupied_sp

    def preheat_hours(self, indoor_temp):
        gap = ops.relu(self.occupied_sp - indoor_temp)
        return ops.ceil(gap / self.ramp_rate).astype(ms.int32)

    def construct(self, indoor_temp, outdoor_forecast):
        n = self.preheat_hours(indoor_temp)
        window = outdoor_forecast[:n]
        load = (self.occupied_sp - window).sum()
        return load


def make():
    np.random.seed(5)
    net = PreheatScheduler()
    indoor = Tensor(np.array(16.5, np.float32))
    forecast = Tensor((2.0 + np.random.randn(12)).astype(np.float32))
    return net, (indoor, forecast)
