# case: mu-law roundtrip with dither, boolean-mask assignment zeroes near-silent samples in place -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MuLawRoundTrip(nn.Cell):
    def __init__(self, bits=8, noise_gate=1e-2):
        super().__init__()
        self.mu = float(2 ** bits - 1)
        self.noise_gate = noise_gate

    def encode(self, x):
        y = ops.sign(x) * ops.log1p(self.mu * ops.abs(x)) / np.log1p(self.mu)
        return ops.round((y + 1.0) * 0.5 * self.mu)

    def decode(self, q):
        y = 2.0 * q / self.mu - 1.0
        return ops.sign(y) * (ops.pow(1.0 + self.mu, ops.abs(y)) - 1.0) / self.mu

    def construct(self, wav, dither):
        x = ops.clamp(wav + dither, -1.0, 1.0)
        x_hat = self.decode(self.encode(x))
        quiet = ops.abs(x_hat) < self.noise_gate
        x_hat[quiet] = 0.0
        return x_hat


def make():
    np.random.seed(23)
    wav = 0.5 * np.random.randn(2, 24).astype(np.float32)
    dither = 1e-3 * np.random.randn(2, 24).astype(np.float32)
    return MuLawRoundTrip(), (Tensor(wav), Tensor(dither))
