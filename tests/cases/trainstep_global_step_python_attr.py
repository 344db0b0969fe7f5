# case: wrapper keeps global_step as a plain Python int on self and increments it in construct to drive LR decay -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, ParameterTuple


class DecaySGDStep(nn.Cell):
    def __init__(self, net_with_loss, base_lr=0.1, decay_rate=0.5, decay_every=2):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.weights = ParameterTuple(net_with_loss.trainable_params())
        self.grad = ops.GradOperation(get_by_list=True)
        self.base_lr = base_lr
        self.decay_rate = decay_rate
        self.decay_every = decay_every
        self.global_step = 0

    def current_lr(self):
        return self.base_lr * self.decay_rate ** (self.global_step // self.decay_every)

    def construct(self, x, y):
        loss = self.net_with_loss(x, y)
        grads = self.grad(self.net_with_loss, self.weights)(x, y)
        lr = self.current_lr()
        for w, g in zip(self.weights, grads):
            ops.assign_sub(w, lr * g)
        self.global_step += 1
        return loss


def make():
    np.random.seed(33)
    net = nn.WithLossCell(nn.Dense(4, 1), nn.MSELoss())
    x = Tensor(np.random.randn(6, 4).astype(np.float32))
    y = Tensor(np.random.randn(6, 1).astype(np.float32))
    return DecaySGDStep(net), (x, y)
