# case: BYOL online/target networks with EMA update of target params via zip over ParameterTuples and ops.assign -> static
import copy
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, ParameterTuple


def mlp(in_dim, hidden, out_dim):
    return nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, out_dim)])


class BYOL(nn.Cell):
    def __init__(self, in_dim=32, proj_dim=16, momentum=0.99):
        super().__init__()
        self.online = mlp(in_dim, 32, proj_dim)
        self.predictor = mlp(proj_dim, 32, proj_dim)
        self.target = mlp(in_dim, 32, proj_dim)
        for p in self.target.trainable_params():
            p.requires_grad = False
        self.online_params = ParameterTuple(self.online.get_parameters())
        self.target_params = ParameterTuple(self.target.get_parameters())
        self.momentum = momentum
        self.norm = ops.L2Normalize(axis=-1)

    def update_target(self):
        for online_p, target_p in zip(self.online_params, self.target_params):
            ops.assign(target_p, self.momentum * target_p + (1 - self.momentum) * online_p)
        return True

    def regression_loss(self, p, z):
        return 2 - 2 * (self.norm(p) * self.norm(z)).sum(axis=-1)

    def construct(self, view1, view2):
        p1 = self.predictor(self.online(view1))
        p2 = self.predictor(self.online(view2))
        z1 = ops.stop_gradient(self.target(view1))
        z2 = ops.stop_gradient(self.target(view2))
        loss = (self.regression_loss(p1, z2) + self.regression_loss(p2, z1)).mean()
        self.update_target()
        return loss


def make():
    np.random.seed(12)
    v1 = Tensor(np.random.randn(4, 32).astype(np.float32))
    v2 = Tensor(np.random.randn(4, 32).astype(np.float32))
    return BYOL(), (v1, v2)
