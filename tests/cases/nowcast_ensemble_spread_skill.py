# case: ensemble mean, spread and spread-skill ratio reduced over member and space axes with tensor ops only -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpreadSkill(nn.Cell):
    def __init__(self, eps=1e-6):
        super().__init__()
        self.eps = eps

    def spread(self, members):
        mean = members.mean(axis=1, keep_dims=True)
        var = ((members - mean) ** 2).sum(axis=1) / (members.shape[1] - 1)
        return mean.squeeze(1), ops.sqrt(var)

    def construct(self, members, observed):
        # members: (B, M, H, W), observed: (B, H, W)
        mean, spread = self.spread(members)
        rmse = ops.sqrt(((mean - observed) ** 2).mean(axis=(1, 2)))
        avg_spread = ops.sqrt((spread ** 2).mean(axis=(1, 2)))
        return avg_spread / (rmse + self.eps)


def make():
    np.random.seed(107)
    members = Tensor(np.random.gamma(2.0, 1.0, (2, 6, 8, 8)).astype(np.float32))
    obs = Tensor(np.random.gamma(2.0, 1.0, (2, 8, 8)).astype(np.float32))
    return SpreadSkill(), (members, obs)
