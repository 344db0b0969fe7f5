# case: domain-randomisation step that loops over range(num_envs) (Python int) and resamples friction per env with ops.select on the done flag, collecting per-env results in a fixed-length list -> static graph is fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomizationConfig:
    num_envs = 8
    friction_range = (0.5, 1.25)


class FrictionResampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_envs = config.num_envs
        self.lo, self.hi = config.friction_range

    def construct(self, dones, friction, noise):
        new_vals = self.lo + (self.hi - self.lo) * noise
        per_env = []
        for i in range(self.num_envs):
            per_env.append(ops.select(dones[i:i + 1], new_vals[i:i + 1], friction[i:i + 1]))
        return ops.concat(per_env, axis=0)


def make():
    np.random.seed(30)
    dones = Tensor(np.array([1, 0, 0, 1, 0, 1, 0, 0], np.bool_))
    friction = Tensor(np.ones(8, np.float32))
    noise = Tensor(np.random.rand(8).astype(np.float32))
    return FrictionResampler(RandomizationConfig()), (dones, friction, noise)
