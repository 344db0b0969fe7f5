# case: N-ary Tree-LSTM with children padded to max_children (-1 = none), gathered with clipped ids and masked -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedTreeLSTM(nn.Cell):
    def __init__(self, in_dim=6, hidden=6, max_children=3):
        super().__init__()
        self.hidden = hidden
        self.max_children = max_children
        self.W = nn.Dense(in_dim, 3 * hidden)
        self.U = nn.Dense(hidden, 3 * hidden, has_bias=False)
        self.W_f = nn.Dense(in_dim, hidden)
        self.U_f = nn.Dense(hidden, hidden, has_bias=False)

    def _children(self, states, child_ids):
        mask = (child_ids >= 0).astype(ms.float32).expand_dims(-1)
        safe = ops.clip_by_value(child_ids, 0, states.shape[0] - 1)
        return ops.gather(states, safe, 0) * mask

    def construct(self, x, child_ids):
        n = x.shape[0]
        h = ops.zeros((n, self.hidden), ms.float32)
        c = ops.zeros((n, self.hidden), ms.float32)
        for node in range(n - 1, -1, -1):
            ch = self._children(h, child_ids[node])
            cc = self._children(c, child_ids[node])
            xi = x[node]
            i, o, u = ops.split(self.W(xi) + self.U(ch.sum(0)), self.hidden, axis=-1)
            f = ops.sigmoid(self.W_f(xi) + self.U_f(ch))
            c_new = ops.sigmoid(i) * ops.tanh(u) + (f * cc).sum(0)
            h[node] = ops.sigmoid(o) * ops.tanh(c_new)
            c[node] = c_new
        return h


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(5, 6).astype(np.float32))
    child_ids = Tensor(np.array([[1, 2, -1], [3, 4, -1], [-1, -1, -1], [-1, -1, -1], [-1, -1, -1]], np.int32))
    return PaddedTreeLSTM(), (x, child_ids)
