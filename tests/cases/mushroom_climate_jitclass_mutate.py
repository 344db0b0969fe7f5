# case: @ms.jit_class misting state object whose integral term is updated in construct -> jit_class attribute written in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class MistState:
    def __init__(self):
        self.integ = 0.0
        self.kp = 0.4
        self.ki = 0.05


class HumidityController(nn.Cell):
    def __init__(self, setpoint=90.0):
        super().__init__()
        self.setpoint = setpoint

    def construct(self, rh_series):
        state = MistState()
        mist = ops.zeros_like(rh_series[0])
        for i in range(rh_series.shape[0]):
            err = self.setpoint - rh_series[i]
            state.integ = state.integ + err
            mist = ops.relu(state.kp * err + state.ki * state.integ)
        return mist


def make():
    np.random.seed(321)
    rh = Tensor(np.random.uniform(80, 95, size=(6, 3)).astype(np.float32))
    return HumidityController(), (rh,)
