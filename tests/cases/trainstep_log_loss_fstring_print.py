# case: train step logs progress with an f-string that formats the loss and grad-norm tensors every log_interval -> compile error at STRICT at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class VerboseTrainStep(nn.Cell):
    def __init__(self, net_with_loss, optimizer, log_interval=1, verbose=True):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.optimizer = optimizer
        self.log_interval = log_interval
        self.verbose = verbose
        self.step = Parameter(Tensor(0, ms.int32), name="step", requires_grad=False)
        self.grad_fn = ms.value_and_grad(net_with_loss, None, optimizer.parameters)

    def grad_norm(self, grads):
        return ops.sqrt(ops.addn([ops.square(g).sum() for g in grads]))

    def construct(self, x, y):
        loss, grads = self.grad_fn(x, y)
        gnorm = self.grad_norm(grads)
        self.optimizer(grads)
        ops.assign_add(self.step, Tensor(1, ms.int32))
        if self.verbose:
            self.log(loss, gnorm)
        return loss

    def log(self, loss, gnorm):
        print(f"step {self.step} | loss {loss} | grad_norm {float(gnorm):.4f}")


def make():
    np.random.seed(39)
    net = nn.WithLossCell(nn.Dense(3, 1), nn.MSELoss())
    opt = nn.SGD(net.trainable_params(), learning_rate=0.01)
    x = Tensor(np.random.randn(4, 3).astype(np.float32))
    y = Tensor(np.random.randn(4, 1).astype(np.float32))
    return VerboseTrainStep(net, opt), (x, y)
