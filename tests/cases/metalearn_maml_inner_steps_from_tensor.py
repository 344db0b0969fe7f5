# case: MAML learner whose number of inner-loop SGD steps comes from an int(Tensor) input -> compile error at line 35
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FastLinear(nn.Cell):
    """Linear layer that can run with externally supplied (fast) weights."""

    def __init__(self, in_dim=8, out_dim=4):
        super().__init__()
        w = np.random.randn(in_dim, out_dim).astype(np.float32) * 0.1
        self.w = ms.Parameter(Tensor(w), name="w")
        self.b = ms.Parameter(Tensor(np.zeros(out_dim, np.float32)), name="b")

    def construct(self, x, w=None, b=None):
        w = self.w if w is None else w
        b = self.b if b is None else b
        return ops.matmul(x, w) + b


class MAMLLearner(nn.Cell):
    def __init__(self, in_dim=8, out_dim=4, inner_lr=0.05):
        super().__init__()
        self.net = FastLinear(in_dim, out_dim)
        self.inner_lr = inner_lr

    def support_loss(self, w, b, xs, ys):
        pred = ops.matmul(xs, w) + b
        return ops.reduce_mean((pred - ys) ** 2)

    def adapt(self, xs, ys, n_steps):
        grad_fn = ops.grad(self.support_loss, grad_position=(0, 1))
        w, b = self.net.w * 1.0, self.net.b * 1.0
        for _ in range(int(n_steps)):
            gw, gb = grad_fn(w, b, xs, ys)
            w = w - self.inner_lr * gw
            b = b - self.inner_lr * gb
        return w, b

    def construct(self, xs, ys, xq, n_steps):
        w, b = self.adapt(xs, ys, n_steps)
        return self.net(xq, w, b)


def make():
    np.random.seed(0)
    net = MAMLLearner()
    xs = Tensor(np.random.randn(10, 8).astype(np.float32))
    ys = Tensor(np.random.randn(10, 4).astype(np.float32))
    xq = Tensor(np.random.randn(6, 8).astype(np.float32))
    return net, (xs, ys, xq, Tensor(3, ms.int32))
