# case: keep a plain Python climate log object and record each humidity reading into it inside construct -> plain class instance mutated in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClimateLog:
    def __init__(self):
        self.entries = []
        self.alarms = 0

    def record(self, rh):
        self.entries.append(rh)


class HumidityController(nn.Cell):
    def __init__(self, setpoint=90.0, gain=0.4):
        super().__init__()
        self.setpoint = setpoint
        self.gain = gain

    def construct(self, rh_series):
        log = ClimateLog()
        mist = ops.zeros_like(rh_series[0])
        for i in range(rh_series.shape[0]):
            rh = rh_series[i]
            log.record(rh)
            mist = ops.relu(self.gain * (self.setpoint - rh))
        return mist


def make():
    np.random.seed(319)
    rh = Tensor(np.random.uniform(80, 95, size=(6, 3)).astype(np.float32))
    return HumidityController(), (rh,)
