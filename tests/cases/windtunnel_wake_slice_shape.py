# case: integrate wake momentum deficit over the central half of the rake, limits computed from the rake's shape -> slice bounds from shape, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WakeRakeDragCentral(nn.Cell):
    def __init__(self, probe_spacing=0.005, chord=0.2, trim_fraction=0.25):
        super().__init__()
        self.dy = probe_spacing
        self.chord = chord
        self.trim_fraction = trim_fraction

    def construct(self, u_rake, u_inf):
        n = u_rake.shape[-1]
        lo = int(n * self.trim_fraction)
        hi = n - lo
        u_ratio = u_rake[..., lo:hi] / u_inf
        deficit = u_ratio * (1.0 - u_ratio)
        return 2.0 * deficit.sum(-1) * self.dy / self.chord


def make():
    np.random.seed(42)
    y = np.linspace(-0.1, 0.1, 41)
    u = 30.0 * (1.0 - 0.25 * np.exp(-(y / 0.02) ** 2))[None, :] + 0.05 * np.random.randn(3, 41)
    return WakeRakeDragCentral(), (Tensor(u.astype(np.float32)), Tensor(np.float32(30.0)))
