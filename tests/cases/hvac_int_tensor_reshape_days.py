# case: reshapes an hourly meter series into days where the day count comes from int() of a tensor length value -> error or dynamic (tensor value used as a shape)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DailyProfile(nn.Cell):
    def __init__(self, hours_per_day=24):
        super().__init__()
        self.hours = hours_per_day

    def construct(self, meter_kwh, n_valid_hours):
        n_days = int(n_valid_hours) // self.hours
        valid = meter_kwh[:n_days * self.hours]
        days = valid.reshape(n_days, self.hours)
        return days.mean(axis=0)


def make():
    np.random.seed(33)
    net = DailyProfile()
    meter = Tensor((40.0 + 5.0 * np.random.rand(96)).astype(np.float32))
    n_valid = Tensor(np.array(72, np.int32))
    return net, (meter, n_valid)
