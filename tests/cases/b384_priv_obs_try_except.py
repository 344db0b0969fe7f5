# case: critic that tries to concatenate privileged observations and falls back to proprioceptive-only features in an except clause -> try/except in construct rejected by Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CriticConfig:
    num_obs = 45
    num_privileged = 17
    hidden = 64


class AsymmetricCritic(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_obs = config.num_obs
        self.net = nn.SequentialCell(nn.Dense(config.num_obs + config.num_privileged, config.hidden),
                                     nn.ELU(), nn.Dense(config.hidden, 1))
        self.pad = config.num_privileged

    def _critic_input(self, obs, priv):
        try:
            x = ops.concat((obs, priv), axis=-1)
        except ValueError:
            x = ops.pad(obs, (0, self.pad))
        return x

    def construct(self, obs, priv):
        return self.net(self._critic_input(obs, priv)).squeeze(-1)


def make():
    np.random.seed(27)
    cfg = CriticConfig()
    obs = Tensor(np.random.randn(8, cfg.num_obs).astype(np.float32))
    priv = Tensor(np.random.randn(8, cfg.num_privileged).astype(np.float32))
    return AsymmetricCritic(cfg), (obs, priv)
