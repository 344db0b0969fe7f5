# case: fast-adaptation inner loop runs range(n_steps) where n_steps arrives as a tensor -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def linear_forward(x, w, b):
    return ops.matmul(x, w.T) + b


def ce_grad(x, y_onehot, w, b):
    probs = ops.softmax(linear_forward(x, w, b), axis=-1)
    err = (probs - y_onehot) / x.shape[0]
    return ops.matmul(err.T, x), err.sum(0)


class FastAdaptHead(nn.Cell):
    def __init__(self, feat_dim=6, n_way=3, inner_lr=0.5):
        super().__init__()
        self.encoder = nn.Dense(10, feat_dim)
        self.head = nn.Dense(feat_dim, n_way)
        self.n_way = n_way
        self.inner_lr = inner_lr

    def construct(self, support, s_labels, query, n_steps):
        s = ops.relu(self.encoder(support))
        q = ops.relu(self.encoder(query))
        y = ops.one_hot(s_labels, self.n_way, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        w = self.head.weight.value()
        b = self.head.bias.value()
        for _ in range(n_steps):
            gw, gb = ce_grad(s, y, w, b)
            w = w - self.inner_lr * gw
            b = b - self.inner_lr * gb
        return linear_forward(q, w, b)


def make():
    np.random.seed(21)
    support = Tensor(np.random.randn(6, 10).astype(np.float32))
    s_labels = Tensor(np.array([0, 1, 2, 0, 1, 2], dtype=np.int32))
    query = Tensor(np.random.randn(3, 10).astype(np.float32))
    return FastAdaptHead(), (support, s_labels, query, Tensor(3, ms.int32))
