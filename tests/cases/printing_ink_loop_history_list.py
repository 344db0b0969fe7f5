# case: simulated ink-key correction loop runs while the max density error is above tolerance, appending each correction to a list that is stacked at the end -> data-dependent while loop growing a list (dynamic/error in graph mode)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InkConvergenceSim(nn.Cell):
    def __init__(self, gain=0.5, tolerance=0.02, press_response=0.9):
        super().__init__()
        self.gain = gain
        self.tolerance = tolerance
        self.response = press_response

    def press(self, density, correction):
        return density + self.response * correction

    def construct(self, density, target):
        history = []
        err = target - density
        while ops.abs(err).max() > self.tolerance:
            corr = self.gain * err
            density = self.press(density, corr)
            history.append(corr)
            err = target - density
        return density, ops.stack(history)


def make():
    np.random.seed(29)
    dens = np.random.normal(1.3, 0.1, (8,)).astype(np.float32)
    target = np.full((8,), 1.45, np.float32)
    return InkConvergenceSim(), (Tensor(dens), Tensor(target))
