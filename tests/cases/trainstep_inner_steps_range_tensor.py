# case: meta-learning style inner loop runs `for _ in range(num_inner)` where num_inner is a Tensor input -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def quadratic_loss(w, x, y):
    return ops.square(ops.matmul(x, w) - y).mean()


class InnerLoopAdapter(nn.Cell):
    def __init__(self, in_dim=4, out_dim=2, inner_lr=0.1, outer_lr=0.01):
        super().__init__()
        self.w = Parameter(Tensor(np.random.RandomState(1).randn(in_dim, out_dim).astype(np.float32) * 0.1),
                           name="meta_w")
        self.inner_lr = inner_lr
        self.outer_lr = outer_lr
        self.inner_grad = ops.grad(quadratic_loss, grad_position=0)

    def adapt(self, w, x, y, num_inner):
        for _ in range(num_inner):
            w = w - self.inner_lr * self.inner_grad(w, x, y)
        return w

    def construct(self, x_support, y_support, x_query, y_query, num_inner):
        fast_w = self.adapt(self.w * 1.0, x_support, y_support, num_inner)
        query_loss = quadratic_loss(fast_w, x_query, y_query)
        outer_g = self.inner_grad(self.w * 1.0, x_query, y_query)
        ops.assign_sub(self.w, self.outer_lr * outer_g)
        return query_loss


def make():
    np.random.seed(47)
    xs = Tensor(np.random.randn(5, 4).astype(np.float32))
    ys = Tensor(np.random.randn(5, 2).astype(np.float32))
    xq = Tensor(np.random.randn(3, 4).astype(np.float32))
    yq = Tensor(np.random.randn(3, 2).astype(np.float32))
    return InnerLoopAdapter(), (xs, ys, xq, yq, Tensor(3, ms.int32))
