# case: zone monitor builds an f-string report with the tensor peak temperature and prints it inside construct -> may compile (graph print) or error on f-string of tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneMonitor(nn.Cell):
    def __init__(self, zone_name="floor3_east", alarm_temp=27.0):
        super().__init__()
        self.zone_name = zone_name
        self.alarm_temp = alarm_temp

    def construct(self, temps):
        peak = temps.max()
        report = f"{self.zone_name}: peak {peak}"
        print(report)
        over = ops.relu(temps - self.alarm_temp)
        return over.sum()


def make():
    np.random.seed(18)
    net = ZoneMonitor()
    temps = Tensor((24.0 + 4.0 * np.random.rand(24)).astype(np.float32))
    return net, (temps,)
