# case: roll the occupancy forecast forward hour by hour while the predicted headcount stays above the quiet level, collecting each step in a list -> while on tensor value with growing list, dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QuietHourFinder(nn.Cell):
    def __init__(self, window=6, quiet_level=20.0, max_steps=12):
        super().__init__()
        self.step_model = nn.Dense(window, 1)
        self.quiet_level = quiet_level
        self.max_steps = max_steps

    def construct(self, recent):
        # recent: (window,) last observed headcounts
        history = recent
        forecast = []
        nxt = self.step_model(history.reshape(1, -1)).reshape(())
        steps = 0
        while nxt > self.quiet_level and steps < self.max_steps:
            forecast.append(nxt)
            history = ops.concat((history[1:], nxt.reshape(1)))
            nxt = self.step_model(history.reshape(1, -1)).reshape(())
            steps += 1
        if len(forecast) == 0:
            return ops.zeros((1,), ms.float32)
        return ops.stack(forecast)


def make():
    np.random.seed(33)
    net = QuietHourFinder()
    recent = Tensor(np.array([80, 75, 70, 66, 60, 55], np.float32))
    return net, (recent,)
