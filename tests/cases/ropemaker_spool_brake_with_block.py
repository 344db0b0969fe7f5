# case: spool brake model wraps its torque computation in a with-block of a small timing context manager -> with statement on a Python object in construct
import time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StageTimer:
    def __init__(self, name):
        self.name = name
        self.t0 = 0.0

    def __enter__(self):
        self.t0 = time.time()
        return self

    def __exit__(self, *exc):
        return False


class SpoolBrake(nn.Cell):
    def __init__(self, mu=0.3, drum_radius_m=0.25):
        super().__init__()
        self.mu = mu
        self.drum_radius_m = drum_radius_m

    def construct(self, line_tension_kn, wrap_angle_rad):
        with StageTimer("capstan"):
            ratio = ops.exp(self.mu * wrap_angle_rad)
            slack_kn = line_tension_kn / ratio
        torque_knm = (line_tension_kn - slack_kn) * self.drum_radius_m
        return torque_knm


def make():
    np.random.seed(161)
    t = np.random.uniform(5, 9, size=(8,)).astype(np.float32)
    ang = np.random.uniform(3.0, 6.3, size=(8,)).astype(np.float32)
    return SpoolBrake(), (Tensor(t), Tensor(ang))
