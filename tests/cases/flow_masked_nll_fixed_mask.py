# case: dimension-masked NLL for a flow over padded sequences where a fixed-size float mask input is multiplied in and normalised by its sum -> static graph compiles fine
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvCoupling1d(nn.Cell):
    def __init__(self, channels, hidden=8):
        super().__init__()
        self.half = channels // 2
        self.net = nn.SequentialCell(
            nn.Conv1d(self.half, hidden, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv1d(hidden, 2 * (channels - self.half), 3, pad_mode="same"))

    def construct(self, x, mask):
        xa, xb = x[:, :self.half], x[:, self.half:]
        log_s, t = ops.chunk(self.net(xa * mask) * mask, 2, axis=1)
        log_s = ops.tanh(log_s)
        yb = (xb * ops.exp(log_s) + t) * mask
        return ops.concat((xa, yb), axis=1), (log_s * mask).sum(axis=(1, 2))


class MaskedFlowNLL(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.coupling = ConvCoupling1d(channels)
        self.log2pi = math.log(2 * math.pi)

    def construct(self, x, mask):
        z, logdet = self.coupling(x, mask)
        log_pz = (-0.5 * (z ** 2 + self.log2pi) * mask).sum(axis=(1, 2))
        n_valid = mask.sum(axis=(1, 2)) * x.shape[1]
        return -((log_pz + logdet) / n_valid).mean()


def make():
    np.random.seed(33)
    x = Tensor(np.random.randn(2, 4, 10).astype(np.float32))
    m = np.zeros((2, 1, 10), np.float32)
    m[0, :, :7] = 1.0
    m[1, :, :10] = 1.0
    return MaskedFlowNLL(4), (x, Tensor(m))
