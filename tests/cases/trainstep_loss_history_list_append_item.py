# case: metric tracker appends loss.item() to a Python list attribute on self inside construct -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossTracker(nn.Cell):
    def __init__(self, max_len=100):
        super().__init__()
        self.values = []
        self.max_len = max_len

    def construct(self, loss):
        self.values.append(loss.item())
        if len(self.values) > self.max_len:
            self.values.pop(0)
        return loss


class TrackedTrainStep(nn.Cell):
    def __init__(self, network, optimizer):
        super().__init__()
        self.network = network
        self.optimizer = optimizer
        self.tracker = LossTracker()
        self.loss_fn = nn.CrossEntropyLoss()
        self.grad_fn = ms.value_and_grad(self.forward, None, optimizer.parameters)

    def forward(self, x, y):
        return self.loss_fn(self.network(x), y)

    def construct(self, x, y):
        loss, grads = self.grad_fn(x, y)
        self.optimizer(grads)
        return self.tracker(loss)


def make():
    np.random.seed(49)
    net = nn.Dense(4, 3)
    opt = nn.Adam(net.trainable_params(), learning_rate=1e-3)
    x = Tensor(np.random.randn(6, 4).astype(np.float32))
    y = Tensor(np.random.randint(0, 3, size=(6,)).astype(np.int32))
    return TrackedTrainStep(net, opt), (x, y)
