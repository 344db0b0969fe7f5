# case: split one tidal cycle record into flood and ebb halves at x.shape[0] // 2 and compare their mean turbine outputs -> split point from the static shape, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FloodEbbBalance(nn.Cell):
    def __init__(self, dt_hours=0.25):
        super().__init__()
        self.dt_hours = dt_hours

    def halves(self, x):
        mid = x.shape[0] // 2
        return x[:mid], x[mid:]

    def construct(self, power_kw):
        flood, ebb = self.halves(power_kw)
        n = len(power_kw)
        e_flood = flood.sum(axis=0) * self.dt_hours
        e_ebb = ebb.sum(axis=0) * self.dt_hours
        asym = (e_ebb - e_flood) / (e_ebb + e_flood)
        return {"flood_kwh": e_flood, "ebb_kwh": e_ebb}["ebb_kwh"], asym, n


def make():
    np.random.seed(3308)
    t = np.linspace(0, 2 * np.pi, 50)
    power = np.abs(np.sin(t))[:, None] * np.array([[400.0, 650.0]]) + np.random.randn(50, 2) * 5
    return FloodEbbBalance(), (Tensor(power.astype(np.float32)),)
