# case: filtration pump power model wraps its estimate in a `with` block of a small timing context manager for profiling -> with statement on a Python object in construct, expect Graph mode error
import time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StageTimer:
    def __init__(self, name):
        self.name = name
        self.start = 0.0

    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        return False


class PumpPower(nn.Cell):
    def __init__(self, rho=1025.0, g=9.81, efficiency=0.62):
        super().__init__()
        self.rho_g = rho * g
        self.eff = efficiency

    def construct(self, flow_m3_h, head_m):
        with StageTimer("hydraulic"):
            hydraulic_w = self.rho_g * (flow_m3_h / 3600.0) * head_m
            shaft_w = hydraulic_w / self.eff
        return shaft_w, shaft_w.sum() * 24.0 / 1000.0


def make():
    np.random.seed(221)
    flow = Tensor(np.random.uniform(5.0, 40.0, size=(6,)).astype(np.float32))
    head = Tensor(np.random.uniform(2.0, 8.0, size=(6,)).astype(np.float32))
    return PumpPower(), (flow, head)
