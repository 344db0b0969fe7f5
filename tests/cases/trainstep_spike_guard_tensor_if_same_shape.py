# case: loss-spike guard: `if loss > threshold` on a tensor rescales grads; both branches keep the same shapes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SpikeGuardTrainStep(nn.Cell):
    def __init__(self, net_with_loss, optimizer, spike_factor=3.0, ema=0.9):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.optimizer = optimizer
        self.spike_factor = spike_factor
        self.ema = ema
        self.loss_avg = Parameter(Tensor(1.0, ms.float32), name="loss_avg", requires_grad=False)
        self.grad_fn = ms.value_and_grad(net_with_loss, None, optimizer.parameters)

    def _scale_grads(self, grads, factor):
        return tuple(g * factor for g in grads)

    def construct(self, x, y):
        loss, grads = self.grad_fn(x, y)
        threshold = self.loss_avg * self.spike_factor
        if loss > threshold:
            grads = self._scale_grads(grads, threshold / loss)
            spiked = Tensor(1, ms.int32)
        else:
            spiked = Tensor(0, ms.int32)
        self.optimizer(grads)
        ops.assign(self.loss_avg, self.ema * self.loss_avg + (1 - self.ema) * loss)
        return loss, spiked


def make():
    np.random.seed(22)
    net = nn.WithLossCell(nn.Dense(3, 2), nn.MSELoss())
    opt = nn.SGD(net.trainable_params(), learning_rate=0.02)
    x = Tensor(np.random.randn(4, 3).astype(np.float32) * 3)
    y = Tensor(np.random.randn(4, 2).astype(np.float32))
    return SpikeGuardTrainStep(net, opt), (x, y)
