# case: GradOperation with sens_param loss scaling, overflow check via isfinite and ops.select to keep old weights -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple


class LossScaledSGDStep(nn.Cell):
    def __init__(self, net_with_loss, lr=0.05, loss_scale=1024.0):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.weights = ParameterTuple(net_with_loss.trainable_params())
        self.grad = ops.GradOperation(get_by_list=True, sens_param=True)
        self.loss_scale = Tensor(loss_scale, ms.float32)
        self.lr = lr

    def _all_finite(self, grads):
        flags = ()
        for g in grads:
            flags = flags + (ops.isfinite(g).all(),)
        return ops.stack(flags).all()

    def construct(self, x, y):
        loss = self.net_with_loss(x, y)
        sens = ops.fill(loss.dtype, loss.shape, 1.0) * self.loss_scale
        grads = self.grad(self.net_with_loss, self.weights)(x, y, sens)
        grads = tuple(g / self.loss_scale for g in grads)
        ok = self._all_finite(grads)
        for w, g in zip(self.weights, grads):
            new_w = ops.select(ok, w - self.lr * g, w)
            ops.assign(w, new_w)
        return loss, ok


def make():
    np.random.seed(1)
    net = nn.WithLossCell(nn.Dense(6, 3), nn.MSELoss())
    step = LossScaledSGDStep(net)
    x = Tensor(np.random.randn(5, 6).astype(np.float32))
    y = Tensor(np.random.randn(5, 3).astype(np.float32))
    return step, (x, y)
