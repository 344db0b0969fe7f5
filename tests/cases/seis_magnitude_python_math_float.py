# case: duration magnitude from coda duration, computing with math.log10(float(t)) inside construct -> float() of a tensor and math on it, error in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CodaMagnitude(nn.Cell):
    """Md = a + b*log10(tau) + c*dist."""

    def __init__(self, a=-0.87, b=2.0, c=0.0035, noise_factor=2.0):
        super().__init__()
        self.a = a
        self.b = b
        self.c = c
        self.noise_factor = noise_factor

    def coda_duration(self, envelope, dt):
        noise = envelope[:10].mean()
        above = (envelope > self.noise_factor * noise).astype(ms.float32)
        return above.sum() * dt

    def construct(self, envelope, dt, dist_km):
        tau = self.coda_duration(envelope, dt)
        md = self.a + self.b * math.log10(float(tau)) + self.c * float(dist_km)
        return Tensor(md, ms.float32)


def make():
    np.random.seed(8)
    t = np.arange(120)
    env = (0.1 + 3.0 * np.exp(-np.clip(t - 20, 0, None) / 25.0) * (t >= 20)).astype(np.float32)
    return CodaMagnitude(), (Tensor(env), Tensor(0.05, ms.float32), Tensor(45.0, ms.float32))
