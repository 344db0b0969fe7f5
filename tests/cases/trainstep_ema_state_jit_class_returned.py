# case: @ms.jit_class EMAState instantiated from tensors and mutated in construct, then returned from the train step -> compile error at line 35
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class EMAState:
    def __init__(self, value, decay):
        self.value = value
        self.decay = decay

    def update(self, x):
        self.value = self.decay * self.value + (1.0 - self.decay) * x
        return self.value


class EMALossTrainStep(nn.Cell):
    def __init__(self, network, optimizer, decay=0.9):
        super().__init__()
        self.network = network
        self.optimizer = optimizer
        self.decay = decay
        self.loss_fn = nn.MSELoss()
        self.grad_fn = ms.value_and_grad(self.forward, None, optimizer.parameters)

    def forward(self, x, y):
        return self.loss_fn(self.network(x), y)

    def construct(self, x, y, prev_ema):
        loss, grads = self.grad_fn(x, y)
        self.optimizer(grads)
        state = EMAState(prev_ema, self.decay)
        state.update(loss)
        return loss, state


def make():
    np.random.seed(50)
    net = nn.Dense(3, 2)
    opt = nn.SGD(net.trainable_params(), learning_rate=0.01)
    x = Tensor(np.random.randn(4, 3).astype(np.float32))
    y = Tensor(np.random.randn(4, 2).astype(np.float32))
    return EMALossTrainStep(net, opt), (x, y, Tensor(1.0, ms.float32))
