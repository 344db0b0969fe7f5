# case: smooths each of a fixed number of sensor channels in a constant Python for-loop and stacks them -> static graph, loop unrolled
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SensorSmoother(nn.Cell):
    def __init__(self, num_sensors=4, window=3):
        super().__init__()
        self.num_sensors = num_sensors
        self.window = window

    def moving_average(self, series):
        steps = series.shape[0] - self.window + 1
        acc = series[0:steps]
        for k in range(1, self.window):
            acc = acc + series[k:k + steps]
        return acc / self.window

    def construct(self, readings):
        # readings: (time, sensors)
        smoothed = []
        for s in range(self.num_sensors):
            smoothed.append(self.moving_average(readings[:, s]))
        return ops.stack(smoothed, axis=1)


def make():
    np.random.seed(25)
    readings = Tensor(np.random.rand(12, 4).astype(np.float32) * 10)
    return SensorSmoother(), (readings,)
