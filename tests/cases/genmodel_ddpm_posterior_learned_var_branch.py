# case: DDPM posterior returning mean plus log-variance only when t>0 (tensor condition), mean alone otherwise -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PosteriorHead(nn.Cell):
    def __init__(self, channels=4, timesteps=100):
        super().__init__()
        self.out = nn.Conv2d(channels, 2 * channels, 3, pad_mode="same")
        betas = np.linspace(1e-4, 0.02, timesteps).astype(np.float32)
        self.log_betas = Tensor(np.log(betas))
        self.channels = channels

    def split_output(self, h):
        return h[:, :self.channels], h[:, self.channels:]

    def construct(self, x, t):
        mean, v = self.split_output(self.out(x))
        if t.min() > 0:
            frac = (v + 1) / 2
            log_var = frac * self.log_betas[t].reshape(-1, 1, 1, 1)
            return ops.concat((mean, log_var), axis=1)
        return mean


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 4, 8, 8).astype(np.float32))
    t = Tensor(np.array([5, 17], dtype=np.int32))
    return PosteriorHead(), (x, t)
