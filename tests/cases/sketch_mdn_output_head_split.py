# case: sketch-RNN decoder output head splitting 6M+3 params into mixture weights, means, sigmas, rho and pen logits -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MixtureDensityHead(nn.Cell):
    """Turn decoder hidden states into GMM + pen-state parameters."""

    def __init__(self, hidden=16, num_mixtures=5, min_log_sigma=-5.0):
        super().__init__()
        self.num_mixtures = num_mixtures
        self.min_log_sigma = min_log_sigma
        self.proj = nn.Dense(hidden, 6 * num_mixtures + 3)

    def split_params(self, out):
        m = self.num_mixtures
        gmm = out[..., :6 * m]
        pen_logits = out[..., 6 * m:]
        pi, mu_x, mu_y, log_sx, log_sy, rho = ops.split(gmm, m, axis=-1)
        return pi, mu_x, mu_y, log_sx, log_sy, rho, pen_logits

    def construct(self, h):
        pi, mu_x, mu_y, log_sx, log_sy, rho, pen = self.split_params(self.proj(h))
        pi = ops.softmax(pi, axis=-1)
        sx = ops.exp(ops.clamp(log_sx, min=self.min_log_sigma))
        sy = ops.exp(ops.clamp(log_sy, min=self.min_log_sigma))
        rho = ops.tanh(rho)
        pen = ops.softmax(pen, axis=-1)
        return pi, mu_x, mu_y, sx, sy, rho, pen


def make():
    np.random.seed(22)
    ms.set_seed(22)
    h = Tensor(np.random.randn(2, 7, 16).astype(np.float32))
    return MixtureDensityHead(), (h,)
