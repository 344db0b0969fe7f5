# case: actor adds parameter-space exploration noise to its action under `if self.training:`, evaluated with set_train(False) -> the training flag is a compile-time constant, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DDPGActorConfig:
    obs_dim = 9
    act_dim = 3
    hidden_sizes = (64, 64)
    action_scale = 2.0
    noise_std = 0.1


class DDPGActor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.action_scale = config.action_scale
        self.noise_std = config.noise_std
        dims = (config.obs_dim,) + tuple(config.hidden_sizes)
        self.layers = nn.CellList([nn.Dense(i, o) for i, o in zip(dims[:-1], dims[1:])])
        self.out = nn.Dense(dims[-1], config.act_dim)

    def construct(self, obs, noise=None):
        h = obs
        for layer in self.layers:
            h = ops.relu(layer(h))
        action = ops.tanh(self.out(h))
        if self.training and noise is not None:
            action = ops.clip_by_value(action + self.noise_std * noise, -1.0, 1.0)
        return action * self.action_scale


def make():
    np.random.seed(113)
    cfg = DDPGActorConfig()
    obs = Tensor(np.random.randn(5, cfg.obs_dim).astype(np.float32))
    noise = Tensor(np.random.randn(5, cfg.act_dim).astype(np.float32))
    net = DDPGActor(cfg)
    net.set_train(False)
    return net, (obs, noise)
