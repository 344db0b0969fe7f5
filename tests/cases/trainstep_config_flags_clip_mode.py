# case: TrainOneStep driven by a config dict of Python flags (use_clip, clip_mode, grad_scale) branching at trace time -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_CFG = {"use_clip": True, "clip_mode": "value", "clip_value": 0.5, "grad_scale": 1.0}


class ConfigurableTrainStep(nn.Cell):
    def __init__(self, net_with_loss, optimizer, cfg=None):
        super().__init__()
        cfg = dict(DEFAULT_CFG, **(cfg or {}))
        self.net_with_loss = net_with_loss
        self.optimizer = optimizer
        self.use_clip = cfg["use_clip"]
        self.clip_mode = cfg["clip_mode"]
        self.clip_value = cfg["clip_value"]
        self.grad_scale = cfg["grad_scale"]
        self.grad_fn = ms.value_and_grad(net_with_loss, None, optimizer.parameters)

    def _clip(self, grads):
        if self.clip_mode == "norm":
            return ops.clip_by_global_norm(grads, self.clip_value)
        return tuple(ops.clamp(g, -self.clip_value, self.clip_value) for g in grads)

    def construct(self, x, y):
        loss, grads = self.grad_fn(x, y)
        if self.grad_scale != 1.0:
            grads = tuple(g * self.grad_scale for g in grads)
        if self.use_clip:
            grads = self._clip(grads)
        self.optimizer(grads)
        return loss


def make():
    np.random.seed(17)
    net = nn.WithLossCell(nn.SequentialCell([nn.Dense(5, 5), nn.ReLU(), nn.Dense(5, 1)]), nn.MSELoss())
    opt = nn.Adagrad(net.trainable_params(), learning_rate=0.05)
    x = Tensor(np.random.randn(6, 5).astype(np.float32))
    y = Tensor(np.random.randn(6, 1).astype(np.float32))
    return ConfigurableTrainStep(net, opt), (x, y)
