# case: log average speed with a formatted f-string of the tensor value (float(...)) inside construct while estimating aero drag -> f-string/float on tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AeroDragEstimator(nn.Cell):
    def __init__(self, rho=1.225, mass=78.0, crr=0.004, verbose=True):
        super().__init__()
        self.rho = rho
        self.mass = mass
        self.crr = crr
        self.verbose = verbose

    def construct(self, watts, speed):
        rolling = self.crr * self.mass * 9.81 * speed
        aero_power = ops.relu(watts - rolling)
        cda = 2.0 * aero_power / (self.rho * speed ** 3 + 1e-3)
        if self.verbose:
            print(f"avg speed {float(speed.mean()):.2f} m/s")
        return cda.mean()


def make():
    np.random.seed(141)
    speed = np.random.normal(10.5, 0.8, 300).astype(np.float32)
    watts = (0.5 * 1.225 * 0.32 * speed ** 3 + 0.004 * 78 * 9.81 * speed).astype(np.float32)
    return AeroDragEstimator(), (Tensor(watts), Tensor(speed))
