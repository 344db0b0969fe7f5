# case: child-sum Tree-LSTM collects each node's children with masked_select on the parent array -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChildSumTreeLSTM(nn.Cell):
    """Tai et al. child-sum Tree-LSTM; nodes are numbered so parent < child."""

    def __init__(self, in_dim=8, hidden=8):
        super().__init__()
        self.hidden = hidden
        self.iou = nn.Dense(in_dim + hidden, 3 * hidden)
        self.f_x = nn.Dense(in_dim, hidden)
        self.f_h = nn.Dense(hidden, hidden, has_bias=False)

    def gather_children(self, states, parents, node):
        mask = (parents == node).reshape(-1, 1)
        mask = ops.broadcast_to(mask, states.shape)
        return ops.masked_select(states, mask).reshape(-1, self.hidden)

    def construct(self, x, parents):
        n = x.shape[0]
        h_all = ops.zeros((n, self.hidden), ms.float32)
        c_all = ops.zeros((n, self.hidden), ms.float32)
        for node in range(n - 1, -1, -1):
            child_h = self.gather_children(h_all, parents, node)
            child_c = self.gather_children(c_all, parents, node)
            xi = x[node:node + 1]
            h_sum = child_h.sum(axis=0, keepdims=True)
            i, o, u = ops.split(self.iou(ops.concat((xi, h_sum), axis=1)), self.hidden, axis=1)
            f = ops.sigmoid(self.f_x(xi) + self.f_h(child_h))
            c = ops.sigmoid(i) * ops.tanh(u) + (f * child_c).sum(axis=0, keepdims=True)
            h = ops.sigmoid(o) * ops.tanh(c)
            h_all[node] = h[0]
            c_all[node] = c[0]
        return h_all[0]


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(5, 8).astype(np.float32))
    parents = Tensor(np.array([-1, 0, 0, 1, 1], np.int32))
    return ChildSumTreeLSTM(), (x, parents)
