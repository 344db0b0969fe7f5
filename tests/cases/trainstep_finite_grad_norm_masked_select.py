# case: global grad norm computed over finite entries only via ops.masked_select per gradient -> dynamic shape at line 11
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def finite_global_norm(grads):
    total = Tensor(0.0, ms.float32)
    for g in grads:
        flat = g.reshape(-1)
        finite_vals = ops.masked_select(flat, ops.isfinite(flat))
        total = total + ops.square(finite_vals).sum()
    return ops.sqrt(total)


class RobustClipTrainStep(nn.Cell):
    def __init__(self, net_with_loss, optimizer, clip_norm=1.0, eps=1e-6):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.optimizer = optimizer
        self.clip_norm = clip_norm
        self.eps = eps
        self.grad_fn = ms.value_and_grad(net_with_loss, None, optimizer.parameters)

    def construct(self, x, y):
        loss, grads = self.grad_fn(x, y)
        norm = finite_global_norm(grads)
        coef = ops.minimum(self.clip_norm / (norm + self.eps), 1.0)
        grads = tuple(ops.nan_to_num(g, 0.0, 0.0, 0.0) * coef for g in grads)
        self.optimizer(grads)
        return loss, norm


def make():
    np.random.seed(41)
    net = nn.WithLossCell(nn.Dense(6, 3), nn.MSELoss())
    opt = nn.SGD(net.trainable_params(), learning_rate=0.05)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    y = Tensor(np.random.randn(4, 3).astype(np.float32))
    return RobustClipTrainStep(net, opt), (x, y)
