# case: model the furnace heating schedule as a CellList of stage sub-cells, each ramping toward its setpoint, looped over in construct and reducing over a configured axis -> loop over CellList with constant axis, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RampStage(nn.Cell):
    def __init__(self, setpoint, rate):
        super().__init__()
        self.setpoint = setpoint
        self.rate = rate

    def construct(self, temp):
        return temp + self.rate * (self.setpoint - temp)


class FurnaceSchedule(nn.Cell):
    def __init__(self, stages=((600.0, 0.3), (900.0, 0.25), (1120.0, 0.2)), sensor_axis=1):
        super().__init__()
        self.stages = nn.CellList([RampStage(s, r) for s, r in stages])
        self.sensor_axis = sensor_axis

    def construct(self, temps):
        trace = []
        for stage in self.stages:
            temps = stage(temps)
            trace.append(temps.mean(axis=self.sensor_axis))
        return ops.stack(trace, axis=0), temps


def make():
    np.random.seed(102)
    temps = (20.0 + 5.0 * np.random.rand(3, 4)).astype(np.float32)
    return FurnaceSchedule(), (Tensor(temps),)
