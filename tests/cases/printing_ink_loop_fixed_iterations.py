# case: simulated ink-key correction loop runs a constant number of press iterations from the constructor, accumulating corrections in a fixed-size tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InkFixedStepSim(nn.Cell):
    def __init__(self, gain=0.5, press_response=0.9, iterations=6):
        super().__init__()
        self.gain = gain
        self.response = press_response
        self.iterations = iterations

    def press(self, density, correction):
        return density + self.response * correction

    def construct(self, density, target):
        total_corr = ops.zeros_like(density)
        residuals = []
        for _ in range(self.iterations):
            err = target - density
            corr = self.gain * err
            density = self.press(density, corr)
            total_corr = total_corr + corr
            residuals.append(ops.abs(err).max())
        return density, total_corr, ops.stack(residuals)


def make():
    np.random.seed(30)
    dens = np.random.normal(1.3, 0.1, (8,)).astype(np.float32)
    target = np.full((8,), 1.45, np.float32)
    return InkFixedStepSim(), (Tensor(dens), Tensor(target))
