# case: skip-step on NaN loss returns early with only the loss, normal path returns (loss, grad_norm) -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NaNSkippingStep(nn.Cell):
    def __init__(self, network, loss_fn, optimizer, max_norm=5.0):
        super().__init__()
        self.network = network
        self.loss_fn = loss_fn
        self.optimizer = optimizer
        self.max_norm = max_norm
        self.grad_fn = ms.value_and_grad(self.forward, None, optimizer.parameters)

    def forward(self, x, y):
        return self.loss_fn(self.network(x), y)

    @staticmethod
    def global_norm(grads):
        return ops.sqrt(ops.addn([ops.square(g).sum() for g in grads]))

    def construct(self, x, y):
        loss, grads = self.grad_fn(x, y)
        if ops.isnan(loss) or ops.isinf(loss):
            # nothing sensible to report, skip the update
            return loss
        norm = self.global_norm(grads)
        grads = ops.clip_by_global_norm(grads, self.max_norm)
        self.optimizer(grads)
        return loss, norm


def make():
    np.random.seed(40)
    net = nn.Dense(5, 2)
    opt = nn.Momentum(net.trainable_params(), 0.01, 0.9)
    x = Tensor(np.random.randn(4, 5).astype(np.float32))
    y = Tensor(np.random.randn(4, 2).astype(np.float32))
    return NaNSkippingStep(net, nn.MSELoss(), opt), (x, y)
