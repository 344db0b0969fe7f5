# case: clipping helper wraps clip_by_global_norm in try/except and falls back to value clipping -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FallbackClipStep(nn.Cell):
    def __init__(self, net_with_loss, optimizer, max_norm=1.0, clip_value=0.5):
        super().__init__()
        self.net_with_loss = net_with_loss
        self.optimizer = optimizer
        self.max_norm = max_norm
        self.clip_value = clip_value
        self.grad_fn = ms.value_and_grad(net_with_loss, None, optimizer.parameters)

    def construct(self, x, y):
        loss, grads = self.grad_fn(x, y)
        grads = self.clip(grads)
        self.optimizer(grads)
        return loss

    def clip(self, grads):
        try:
            clipped = ops.clip_by_global_norm(grads, self.max_norm)
        except (RuntimeError, ValueError):
            clipped = tuple(ops.clamp(g, -self.clip_value, self.clip_value) for g in grads)
        return clipped


def make():
    np.random.seed(44)
    net = nn.WithLossCell(nn.Dense(5, 3), nn.MSELoss())
    opt = nn.SGD(net.trainable_params(), learning_rate=0.02)
    x = Tensor(np.random.randn(4, 5).astype(np.float32))
    y = Tensor(np.random.randn(4, 3).astype(np.float32))
    return FallbackClipStep(net, opt), (x, y)
