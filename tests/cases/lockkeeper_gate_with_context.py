# case: wrap the gate-torque calculation in a `with` block of a small timing context manager inside construct -> with statement on a Python object in construct, expect rejection
import time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StageTimer:
    def __init__(self, name):
        self.name = name
        self.start = 0.0

    def __enter__(self):
        self.start = time.time()
        return self

    def __exit__(self, *exc):
        return False


class GateTorque(nn.Cell):
    def __init__(self, leaf_width_m=6.0, rho_g=9810.0):
        super().__init__()
        self.width = leaf_width_m
        self.rho_g = rho_g

    def construct(self, head_diff):
        with StageTimer("torque"):
            force = 0.5 * self.rho_g * self.width * head_diff * head_diff
            torque = force * head_diff / 3.0
        return torque.max()


def make():
    np.random.seed(151)
    hd = np.random.uniform(0.1, 3.5, size=(14,)).astype(np.float32)
    return GateTorque(), (Tensor(hd),)
