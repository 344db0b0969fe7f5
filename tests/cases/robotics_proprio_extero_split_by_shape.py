# case: observation split into proprioceptive and exteroceptive parts with slice bounds from .shape and config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SplitObservationEncoder(nn.Cell):
    def __init__(self, proprio_dim=12, height_map_size=5, latent=16, action_dim=12):
        super().__init__()
        self.proprio_dim = proprio_dim
        self.height_map_size = height_map_size
        self.height_enc = nn.SequentialCell(nn.Dense(height_map_size * height_map_size, latent), nn.ELU())
        self.policy = nn.SequentialCell(nn.Dense(proprio_dim + latent, 64), nn.ELU(),
                                        nn.Dense(64, action_dim))

    def split(self, obs):
        n = obs.shape[-1]
        extero_dim = n - self.proprio_dim
        return obs[:, :self.proprio_dim], obs[:, n - extero_dim:]

    def construct(self, obs, last_action):
        proprio, heights = self.split(obs)
        heights = heights.reshape(obs.shape[0], -1)
        z = self.height_enc(heights - heights.mean(axis=-1, keep_dims=True))
        return self.policy(ops.concat((proprio, z), axis=-1)) + 0.1 * last_action


def make():
    np.random.seed(37)
    obs = Tensor(np.random.randn(4, 12 + 25).astype(np.float32))
    last = Tensor(np.zeros((4, 12), np.float32))
    return SplitObservationEncoder(), (obs, last)
