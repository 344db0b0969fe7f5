# case: N-ary Tree-LSTM loops over range(num_children[node]) taken from a tensor to sum child states -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NaryTreeLSTMCell(nn.Cell):
    """Processes nodes bottom-up; children[node, k] lists the child ids."""

    def __init__(self, in_dim=6, hidden=6):
        super().__init__()
        self.hidden = hidden
        self.W = nn.Dense(in_dim, 4 * hidden)
        self.U = nn.Dense(hidden, 4 * hidden, has_bias=False)

    def _node(self, x, h_sum, c_sum):
        i, f, o, u = ops.split(self.W(x) + self.U(h_sum), self.hidden, axis=-1)
        c = ops.sigmoid(i) * ops.tanh(u) + ops.sigmoid(f) * c_sum
        return ops.sigmoid(o) * ops.tanh(c), c

    def construct(self, x, children, num_children):
        n = x.shape[0]
        h_all = ops.zeros((n, self.hidden), ms.float32)
        c_all = ops.zeros((n, self.hidden), ms.float32)
        for node in range(n - 1, -1, -1):
            h_sum = ops.zeros((self.hidden,), ms.float32)
            c_sum = ops.zeros((self.hidden,), ms.float32)
            for k in range(num_children[node]):
                child = children[node, k]
                h_sum = h_sum + h_all[child]
                c_sum = c_sum + c_all[child]
            h, c = self._node(x[node], h_sum, c_sum)
            h_all[node] = h
            c_all[node] = c
        return h_all[0]


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    children = Tensor(np.array([[1, 2], [3, 0], [0, 0], [0, 0]], np.int32))
    num_children = Tensor(np.array([2, 1, 0, 0], np.int32))
    return NaryTreeLSTMCell(), (x, children, num_children)
