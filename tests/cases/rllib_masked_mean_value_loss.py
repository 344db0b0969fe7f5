# case: critic value loss over padded rollouts weights each step by the float validity mask and divides by its sum instead of indexing -> mask used by multiplication keeps static shapes, should compile statically
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
    clip_value: float = 10.0


def _mlp(in_dim, sizes):
    layers = []
    for size in sizes:
        layers += [nn.Dense(in_dim, size), nn.ReLU()]
        in_dim = size
    return nn.SequentialCell(layers), in_dim


def masked_mean(x, mask):
    return (x * mask).sum() / ops.maximum(mask.sum(), 1.0)


class ValueCritic(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.mask_padding = config.mask_padding
        self.value_coef = config.value_coef
        self.clip_value = config.clip_value
        self.trunk, out_dim = _mlp(config.obs_dim, config.hidden_sizes)
        self.v_head = nn.Dense(out_dim, 1)

    def construct(self, obs, returns, valid=None):
        values = self.v_head(self.trunk(obs)).squeeze(-1)
        err = ops.clip_by_value((values - returns) ** 2, 0.0, self.clip_value)
        if self.mask_padding and valid is not None:
            loss = masked_mean(err, valid.astype(err.dtype))
        else:
            loss = err.mean()
        return self.value_coef * loss


def make():
    np.random.seed(97)
    cfg = CriticConfig()
    obs = Tensor(np.random.randn(16, cfg.obs_dim).astype(np.float32))
    returns = Tensor(np.random.randn(16).astype(np.float32))
    valid = Tensor(np.arange(16) < 11)
    net = ValueCritic(cfg)
    net.set_train(True)
    return net, (obs, returns, valid)
