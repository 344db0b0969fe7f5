# case: asymmetric critic that concatenates privileged observations when an isinstance(priv, Tensor) guard passes and zero-pads otherwise, with Optional argument defaulting to None -> static graph is fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class CriticConfig:
    num_obs = 45
    num_privileged = 17
    hidden = 64


class AsymmetricCritic(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_privileged = config.num_privileged
        self.net = nn.SequentialCell(nn.Dense(config.num_obs + config.num_privileged, config.hidden),
                                     nn.ELU(), nn.Dense(config.hidden, 1))

    def _critic_input(self, obs, priv: Optional[Tensor] = None):
        if isinstance(priv, Tensor):
            return ops.concat((obs, priv), axis=-1)
        return ops.concat((obs, ops.zeros((obs.shape[0], self.num_privileged), obs.dtype)), axis=-1)

    def construct(self, obs, priv=None, return_features=False):
        x = self._critic_input(obs, priv)
        value = self.net(x).squeeze(-1)
        return (value, x) if return_features else value


def make():
    np.random.seed(28)
    cfg = CriticConfig()
    obs = Tensor(np.random.randn(8, cfg.num_obs).astype(np.float32))
    priv = Tensor(np.random.randn(8, cfg.num_privileged).astype(np.float32))
    return AsymmetricCritic(cfg), (obs, priv)
