# case: integrate the wake momentum deficit over the rake probes inside the wake, wake half-width taken from a tensor via .item() -> slice length from data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WakeRakeDrag(nn.Cell):
    def __init__(self, probe_spacing=0.005, chord=0.2):
        super().__init__()
        self.dy = probe_spacing
        self.chord = chord

    def momentum_deficit(self, u_ratio):
        return u_ratio * (1.0 - u_ratio)

    def construct(self, u_rake, u_inf, half_width):
        u_ratio = u_rake / u_inf
        centre = ops.argmin(u_ratio).item()
        w = half_width.item()
        lo = max(centre - w, 0)
        wake = u_ratio[lo:centre + w]
        cd = 2.0 * self.momentum_deficit(wake).sum() * self.dy / self.chord
        return cd


def make():
    np.random.seed(41)
    y = np.linspace(-0.1, 0.1, 41)
    u = 30.0 * (1.0 - 0.25 * np.exp(-(y / 0.02) ** 2)) + 0.05 * np.random.randn(41)
    return WakeRakeDrag(), (Tensor(u.astype(np.float32)), Tensor(np.float32(30.0)), Tensor(np.array(8, np.int32)))
