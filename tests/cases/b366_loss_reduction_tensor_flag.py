# case: SSL loss whose reduction is chosen by a Tensor flag at run time, returning a scalar under one branch and the per-sample vector under the other -> Graph mode rejects branches with different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SimSiamConfig:
    def __init__(self, dim=8, stop_grad_target=True):
        self.dim = dim
        self.stop_grad_target = stop_grad_target


def negative_cosine(p, z, stop_grad=True):
    if stop_grad:
        z = ops.stop_gradient(z)
    p = p / ops.norm(p, dim=-1, keepdim=True)
    z = z / ops.norm(z, dim=-1, keepdim=True)
    return -(p * z).sum(axis=-1)


class SimSiamLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.predictor = nn.SequentialCell([nn.Dense(config.dim, config.dim), nn.ReLU(), nn.Dense(config.dim, config.dim)])
        self.stop_grad_target = config.stop_grad_target

    def construct(self, z1, z2, reduce_flag):
        p1, p2 = self.predictor(z1), self.predictor(z2)
        per_sample = 0.5 * (negative_cosine(p1, z2, self.stop_grad_target)
                            + negative_cosine(p2, z1, self.stop_grad_target))
        if reduce_flag > 0:
            out = per_sample.mean()
        else:
            out = per_sample
        return out


def make():
    np.random.seed(3675)
    cfg = SimSiamConfig()
    z1 = Tensor(np.random.randn(4, cfg.dim).astype(np.float32))
    z2 = Tensor(np.random.randn(4, cfg.dim).astype(np.float32))
    return SimSiamLoss(cfg), (z1, z2, Tensor(1, ms.int32))
