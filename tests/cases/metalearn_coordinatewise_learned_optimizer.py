# case: coordinatewise learned optimiser with momentum state, features stacked per coordinate and shapes from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoordinatewiseOptimizer(nn.Cell):
    def __init__(self, hidden=24, beta=0.9, out_scale=1e-3, use_param_feature=True):
        super().__init__()
        n_feat = 3 if use_param_feature else 2
        self.use_param_feature = use_param_feature
        self.net = nn.SequentialCell(nn.Dense(n_feat, hidden), nn.ReLU(),
                                     nn.Dense(hidden, hidden), nn.ReLU(),
                                     nn.Dense(hidden, 2))
        self.beta = beta
        self.out_scale = out_scale

    def features(self, param, grad, mom):
        cols = [grad, mom]
        if self.use_param_feature:
            cols.append(param)
        return ops.stack(cols, axis=-1).reshape(-1, len(cols))

    def construct(self, param, grad, mom):
        mom = self.beta * mom + (1 - self.beta) * grad
        out = self.net(self.features(param, grad, mom))
        direction, log_lr = out[:, 0], out[:, 1]
        step = direction * ops.exp(log_lr) * self.out_scale
        return param - step.reshape(param.shape), mom


def make():
    np.random.seed(22)
    opt = CoordinatewiseOptimizer()
    p = Tensor(np.random.randn(4, 5).astype(np.float32))
    g = Tensor(np.random.randn(4, 5).astype(np.float32))
    m = Tensor(np.zeros((4, 5), np.float32))
    return opt, (p, g, m)
