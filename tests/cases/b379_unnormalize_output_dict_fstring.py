# case: policy post-processor un-normalises each action group (arm, gripper) and returns a dict keyed with f-strings like f"action.{name}" built in a loop over a config tuple of names -> dict built with f-string keys in construct, expect Graph mode to refuse or only accept at LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

ACTION_GROUPS = (("arm", 6), ("gripper", 1))


class PostConfig:
    def __init__(self, groups=ACTION_GROUPS, prefix="action"):
        self.groups = groups
        self.prefix = prefix


class Unnormalize(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.prefix = config.prefix
        self.names = tuple(n for n, _ in config.groups)
        self.sizes = tuple(d for _, d in config.groups)
        total = sum(self.sizes)
        self.mean = Parameter(ops.zeros(total, ms.float32), name="act_mean", requires_grad=False)
        self.std = Parameter(ops.ones(total, ms.float32) * 0.5, name="act_std", requires_grad=False)

    def construct(self, action):
        a = action * self.std + self.mean
        out = {}
        start = 0
        for name, size in zip(self.names, self.sizes):
            out[f"{self.prefix}.{name}"] = a[..., start:start + size]
            start += size
        return out


def make():
    np.random.seed(33)
    return Unnormalize(PostConfig()), (Tensor(np.random.randn(2, 7).astype(np.float32)),)
