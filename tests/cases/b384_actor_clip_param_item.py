# case: actor head whose action clip bound is read from a Parameter with .item() and used as a Python float in ops.clamp -> may be rejected or made dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ActorConfig:
    num_obs = 48
    num_actions = 12
    hidden = (64, 32)
    init_clip = 2.5


class ActorHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        dims = (config.num_obs,) + tuple(config.hidden)
        layers = []
        for d_in, d_out in zip(dims[:-1], dims[1:]):
            layers += [nn.Dense(d_in, d_out), nn.ELU()]
        layers.append(nn.Dense(dims[-1], config.num_actions))
        self.net = nn.SequentialCell(layers)
        self._init_clip(config)

    def _init_clip(self, config):
        self.clip_actions = Parameter(Tensor(config.init_clip, ms.float32),
                                      name="clip_actions", requires_grad=False)

    def construct(self, obs):
        mean = self.net(obs)
        bound = self.clip_actions.item()
        return ops.clamp(mean, -bound, bound)


def make():
    np.random.seed(5)
    cfg = ActorConfig()
    obs = Tensor(np.random.randn(16, cfg.num_obs).astype(np.float32))
    return ActorHead(cfg), (obs,)
