# case: cosine LR computed with np.cos/np.pi on the step Tensor held in a Parameter, then scaling grads -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CosineScheduledStep(nn.Cell):
    def __init__(self, net_with_loss, optimizer, base_lr=0.1, total_steps=50):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.optimizer = optimizer
        self.base_lr = base_lr
        self.total_steps = total_steps
        self.cur_step = Parameter(Tensor(3, ms.int32), name="cur_step", requires_grad=False)
        self.weights = optimizer.parameters
        self.grad = ops.GradOperation(get_by_list=True)

    def lr_multiplier(self):
        progress = self.cur_step / self.total_steps
        return 0.5 * (1.0 + np.cos(np.pi * progress))

    def construct(self, x, y):
        loss = self.net_with_loss(x, y)
        grads = self.grad(self.net_with_loss, self.weights)(x, y)
        mult = self.lr_multiplier()
        grads = tuple(g * mult for g in grads)
        self.optimizer(grads)
        ops.assign_add(self.cur_step, Tensor(1, ms.int32))
        return loss


def make():
    np.random.seed(45)
    net = nn.WithLossCell(nn.Dense(4, 2), nn.MSELoss())
    opt = nn.SGD(net.trainable_params(), learning_rate=0.1)
    x = Tensor(np.random.randn(3, 4).astype(np.float32))
    y = Tensor(np.random.randn(3, 2).astype(np.float32))
    return CosineScheduledStep(net, opt), (x, y)
