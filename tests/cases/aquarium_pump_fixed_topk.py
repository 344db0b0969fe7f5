# case: report the three most loaded filtration pumps plus an alarm count, with k fixed by the maintenance config -> constant top-k, expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def pump_load(current_amp, rated_amp):
    return current_amp / rated_amp


class PumpTriage(nn.Cell):
    def __init__(self, report_k=3, alarm_pressure_kpa=180.0):
        super().__init__()
        self.report_k = report_k
        self.alarm_pressure = alarm_pressure_kpa

    def construct(self, current_amp, rated_amp, pressure_kpa):
        load = pump_load(current_amp, rated_amp)
        n_alarms = (pressure_kpa > self.alarm_pressure).astype(ms.int32).sum()
        worst_load, worst_idx = ops.topk(load, self.report_k)
        return worst_load, worst_idx, n_alarms


def make():
    np.random.seed(52)
    current = Tensor(np.random.uniform(2.0, 9.0, size=(16,)).astype(np.float32))
    rated = Tensor(np.full((16,), 8.0, dtype=np.float32))
    pressure = Tensor(np.random.uniform(120.0, 220.0, size=(16,)).astype(np.float32))
    return PumpTriage(), (current, rated, pressure)
