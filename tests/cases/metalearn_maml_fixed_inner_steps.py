# case: MAML learner taking a config-fixed number of inner SGD steps with ops.grad inside construct, first-order option flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MLPFunctional(nn.Cell):
    """Two-layer MLP whose weights are passed explicitly (functional forward)."""

    def construct(self, x, w1, b1, w2, b2):
        h = ops.relu(ops.matmul(x, w1) + b1)
        return ops.matmul(h, w2) + b2


class MAML(nn.Cell):
    def __init__(self, in_dim=5, hidden=16, out_dim=1, inner_steps=3, inner_lr=0.01, first_order=False):
        super().__init__()
        init = lambda *s: ms.Parameter(Tensor(np.random.randn(*s).astype(np.float32) * 0.1))
        self.w1, self.b1 = init(in_dim, hidden), init(hidden)
        self.w2, self.b2 = init(hidden, out_dim), init(out_dim)
        self.f = MLPFunctional()
        self.inner_steps = inner_steps
        self.inner_lr = inner_lr
        self.first_order = first_order

    def support_loss(self, w1, b1, w2, b2, x, y):
        return ops.reduce_mean((self.f(x, w1, b1, w2, b2) - y) ** 2)

    def construct(self, xs, ys, xq):
        grad_fn = ops.grad(self.support_loss, grad_position=(0, 1, 2, 3))
        fast = (self.w1 * 1.0, self.b1 * 1.0, self.w2 * 1.0, self.b2 * 1.0)
        for _ in range(self.inner_steps):
            grads = grad_fn(*fast, xs, ys)
            if self.first_order:
                grads = tuple(ops.stop_gradient(g) for g in grads)
            fast = tuple(p - self.inner_lr * g for p, g in zip(fast, grads))
        return self.f(xq, *fast)


def make():
    np.random.seed(21)
    net = MAML()
    xs = Tensor(np.random.randn(10, 5).astype(np.float32))
    ys = Tensor(np.random.randn(10, 1).astype(np.float32))
    xq = Tensor(np.random.randn(4, 5).astype(np.float32))
    return net, (xs, ys, xq)
