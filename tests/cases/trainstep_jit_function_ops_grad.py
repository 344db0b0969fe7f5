# case: functional training step as an @ms.jit function using ops.grad over a closure-free loss and manual SGD -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

np.random.seed(18)
W = Parameter(Tensor(np.random.randn(4, 2).astype(np.float32) * 0.1), name="w")
B = Parameter(Tensor(np.zeros((2,), np.float32)), name="b")


def linear_loss(w, b, x, y):
    pred = ops.matmul(x, w) + b
    return ops.mse_loss(pred, y) + 1e-4 * (w * w).sum()


grad_wb = ops.grad(linear_loss, grad_position=(0, 1))


@ms.jit
def train_step(x, y, lr):
    loss = linear_loss(W, B, x, y)
    g_w, g_b = grad_wb(W, B, x, y)
    ops.assign_sub(W, lr * g_w)
    ops.assign_sub(B, lr * g_b)
    return loss


def make():
    np.random.seed(18)
    x = Tensor(np.random.randn(8, 4).astype(np.float32))
    y = Tensor(np.random.randn(8, 2).astype(np.float32))
    lr = Tensor(0.1, ms.float32)
    return train_step, (x, y, lr)
