# case: DeepAR-style autoregressive rollout over range(config.pred_len) with teacher forcing only when training and future values are given -> loop count is a Python int, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeepARConfig:
    def __init__(self, hidden=16, n_channels=3, pred_len=6, teacher_forcing=True):
        self.hidden = hidden
        self.n_channels = n_channels
        self.pred_len = pred_len
        self.teacher_forcing = teacher_forcing


class DeepARDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pred_len = config.pred_len
        self.teacher_forcing = config.teacher_forcing
        self.cell = nn.LSTMCell(config.n_channels, config.hidden)
        self.mu = nn.Dense(config.hidden, config.n_channels)
        self.sigma = nn.Dense(config.hidden, config.n_channels)

    def construct(self, last_obs, state, future_values=None):
        y = last_obs
        mus, sigmas = [], []
        for t in range(self.pred_len):
            h, c = self.cell(y, state)
            state = (h, c)
            mu = self.mu(h)
            sigma = ops.softplus(self.sigma(h)) + 1e-3
            mus.append(mu)
            sigmas.append(sigma)
            if self.training and self.teacher_forcing and future_values is not None:
                y = future_values[:, t, :]
            else:
                y = mu
        return ops.stack(mus, axis=1), ops.stack(sigmas, axis=1)


def make():
    np.random.seed(3439)
    y = Tensor(np.random.randn(4, 3).astype(np.float32))
    state = (Tensor(np.zeros((4, 16), np.float32)), Tensor(np.zeros((4, 16), np.float32)))
    return DeepARDecoder(DeepARConfig()), (y, state)
