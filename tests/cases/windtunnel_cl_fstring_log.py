# case: lift coefficient from integrated pressure taps with a progress log line formatted by an f-string of tensor values in construct -> f-string on tensors in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def trapezoid(y, x):
    return (0.5 * (y[..., 1:] + y[..., :-1]) * (x[1:] - x[:-1])).sum(-1)


class PressureIntegratedLift(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.verbose = verbose

    def construct(self, cp_lower, cp_upper, x_c):
        cn = trapezoid(cp_lower - cp_upper, x_c)
        if self.verbose:
            print(f"normal force coefficient per run: {cn}, mean {cn.mean()}")
        return cn


def make():
    np.random.seed(111)
    x = np.linspace(0.0, 1.0, 25).astype(np.float32)
    cpu = (-1.4 * (1 - x) ** 2 + 0.02 * np.random.randn(3, 25)).astype(np.float32)
    cpl = (0.3 * (1 - x) + 0.02 * np.random.randn(3, 25)).astype(np.float32)
    return PressureIntegratedLift(), (Tensor(cpl), Tensor(cpu), Tensor(x))
