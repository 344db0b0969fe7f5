# case: Gaussian policy logs its mean entropy with print(f"...") when config.verbose is on (default, never turned off) -> an f-string formatting a tensor value inside construct may be rejected in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass

LOG_2PI_E = math.log(2.0 * math.pi * math.e)


@dataclass
class GaussianPolicyConfig:
    obs_dim: int = 11
    act_dim: int = 3
    hidden_size: int = 64
    log_std_init: float = -0.5
    verbose: bool = True


class GaussianPolicy(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.verbose = config.verbose
        self.mu = nn.SequentialCell([nn.Dense(config.obs_dim, config.hidden_size), nn.Tanh(),
                                     nn.Dense(config.hidden_size, config.act_dim)])
        self._init_log_std(config.act_dim, config.log_std_init)

    def _init_log_std(self, act_dim, value):
        self.log_std = ms.Parameter(Tensor(np.full((act_dim,), value, np.float32)), name="log_std")

    def entropy(self):
        return (0.5 * LOG_2PI_E + self.log_std).sum()

    def construct(self, obs):
        mean = self.mu(obs)
        ent = self.entropy()
        if self.verbose:
            print(f"policy entropy: {ent}")
        return mean, ops.exp(self.log_std).broadcast_to(mean.shape), ent


def make():
    np.random.seed(43)
    cfg = GaussianPolicyConfig()
    obs = Tensor(np.random.randn(5, cfg.obs_dim).astype(np.float32))
    return GaussianPolicy(cfg), (obs,)
