# case: Meta-SGD with per-parameter learned step sizes, guarded by try/except that falls back to a scalar inner lr -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MetaSGDLearner(nn.Cell):
    def __init__(self, in_dim=6, out_dim=2, init_alpha=0.01, inner_steps=2):
        super().__init__()
        self.w = ms.Parameter(Tensor(np.random.randn(in_dim, out_dim).astype(np.float32) * 0.1), name="w")
        self.alpha_w = ms.Parameter(Tensor(np.full((in_dim, out_dim), init_alpha, np.float32)), name="alpha_w")
        self.fallback_lr = init_alpha
        self.inner_steps = inner_steps

    def loss(self, w, x, y):
        return ops.reduce_mean((ops.matmul(x, w) - y) ** 2)

    def step_sizes(self, grad):
        try:
            alpha = ops.broadcast_to(self.alpha_w, grad.shape)
        except ValueError:
            alpha = self.fallback_lr
        return alpha

    def construct(self, xs, ys, xq):
        grad_fn = ops.grad(self.loss)
        w = self.w * 1.0
        for _ in range(self.inner_steps):
            g = grad_fn(w, xs, ys)
            w = w - self.step_sizes(g) * g
        return ops.matmul(xq, w)


def make():
    np.random.seed(15)
    net = MetaSGDLearner()
    xs = Tensor(np.random.randn(8, 6).astype(np.float32))
    ys = Tensor(np.random.randn(8, 2).astype(np.float32))
    xq = Tensor(np.random.randn(3, 6).astype(np.float32))
    return net, (xs, ys, xq)
