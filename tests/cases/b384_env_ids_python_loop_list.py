# case: domain-randomisation step that loops over envs, appends the index of each env whose done flag is set (tensor condition) to a Python list and gathers their friction coefficients -> data-dependent list length rejected in Graph mode
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

    def _done_ids(self, dones):
        ids = []
        for i in range(self.num_envs):
            if dones[i]:
                ids.append(i)
        return Tensor(ids, ms.int32) if len(ids) > 0 else ops.zeros((0,), ms.int32)

    def construct(self, dones, friction, noise):
        ids = self._done_ids(dones)
        new_vals = self.lo + (self.hi - self.lo) * ops.gather(noise, ids, 0)
        return ops.tensor_scatter_elements(friction, ids, new_vals, axis=0)


def make():
    np.random.seed(29)
    dones = Tensor(np.array([1, 0, 0, 1, 0, 1, 0, 0], np.bool_))
    friction = Tensor(np.ones(8, np.float32))
    noise = Tensor(np.random.rand(8).astype(np.float32))
    return FrictionResampler(RandomizationConfig()), (dones, friction, noise)
