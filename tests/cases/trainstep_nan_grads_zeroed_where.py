# case: sanitises gradients by replacing NaN/inf entries with zero via ops.where and reports the bad-entry count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def sanitize_grads(grads):
    clean = ()
    bad = 0
    for g in grads:
        finite = ops.isfinite(g)
        clean = clean + (ops.where(finite, g, ops.zeros_like(g)),)
        bad = bad + ops.logical_not(finite).astype(ms.int32).sum()
    return clean, bad


class RobustTrainStep(nn.Cell):
    def __init__(self, network, loss_fn, optimizer):
        super().__init__()
        self.network = network
        self.loss_fn = loss_fn
        self.optimizer = optimizer
        self.grad_fn = ms.value_and_grad(self.forward, None, optimizer.parameters)

    def forward(self, x, y):
        logits = self.network(x)
        return self.loss_fn(logits, y)

    def construct(self, x, y):
        loss, grads = self.grad_fn(x, y)
        grads, num_bad = sanitize_grads(grads)
        self.optimizer(grads)
        return loss, num_bad


def make():
    np.random.seed(20)
    net = nn.Dense(4, 3)
    opt = nn.RMSProp(net.trainable_params(), learning_rate=0.01)
    x = Tensor(np.random.randn(5, 4).astype(np.float32))
    y = Tensor(np.random.randint(0, 3, size=(5,)).astype(np.int32))
    return RobustTrainStep(net, nn.CrossEntropyLoss(), opt), (x, y)
