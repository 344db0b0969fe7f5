# case: critic value loss over padded rollout drops padding steps by boolean-mask indexing when config.mask_padding is on (default) in training mode -> boolean mask indexing should go dynamic or fail in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class CriticConfig:
    obs_dim: int = 10
    hidden_sizes: tuple = (32, 32)
    mask_padding: bool = True
    value_coef: float = 0.5


def _mlp(in_dim, sizes):
    layers = []
    for size in sizes:
        layers += [nn.Dense(in_dim, size), nn.ReLU()]
        in_dim = size
    return nn.SequentialCell(layers), in_dim


class ValueCritic(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.mask_padding = config.mask_padding
        self.value_coef = config.value_coef
        self.trunk, out_dim = _mlp(config.obs_dim, config.hidden_sizes)
        self.v_head = nn.Dense(out_dim, 1)

    def _select_valid(self, values, returns, valid):
        if self.mask_padding:
            return values[valid], returns[valid]
        return values, returns

    def construct(self, obs, returns, valid=None):
        values = self.v_head(self.trunk(obs)).squeeze(-1)
        if self.training and valid is not None:
            values, returns = self._select_valid(values, returns, valid)
        loss = ((values - returns) ** 2).mean()
        return self.value_coef * loss


def make():
    np.random.seed(21)
    cfg = CriticConfig()
    obs = Tensor(np.random.randn(16, cfg.obs_dim).astype(np.float32))
    returns = Tensor(np.random.randn(16).astype(np.float32))
    valid = Tensor(np.arange(16) < 11)
    net = ValueCritic(cfg)
    net.set_train(True)
    return net, (obs, returns, valid)
