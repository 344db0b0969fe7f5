# case: DARTS mixed edge sums all candidate ops weighted by softmax of architecture parameters -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Zero(nn.Cell):
    def construct(self, x):
        return x * 0.0


class SepConv(nn.Cell):
    def __init__(self, ch, k):
        super().__init__()
        self.dw = nn.Conv2d(ch, ch, k, pad_mode='same', group=ch, has_bias=False)
        self.pw = nn.Conv2d(ch, ch, 1, has_bias=False)
        self.bn = nn.BatchNorm2d(ch, affine=False)

    def construct(self, x):
        return self.bn(self.pw(self.dw(ops.relu(x))))


def build_candidates(ch):
    return [
        Zero(),
        nn.Identity() if hasattr(nn, "Identity") else SepConv(ch, 1),
        nn.AvgPool2d(3, 1, pad_mode='same'),
        SepConv(ch, 3),
        SepConv(ch, 5),
    ]


class MixedOp(nn.Cell):
    def __init__(self, ch):
        super().__init__()
        self._ops = nn.CellList(build_candidates(ch))

    def construct(self, x, weights):
        out = ops.zeros_like(x)
        for i, op in enumerate(self._ops):
            out = out + weights[i] * op(x)
        return out


class DartsCell(nn.Cell):
    def __init__(self, ch=8, num_edges=2, num_ops=5):
        super().__init__()
        self.edges = nn.CellList([MixedOp(ch) for _ in range(num_edges)])
        self.alphas = Parameter(Tensor(np.random.randn(num_edges, num_ops).astype(np.float32) * 1e-3), name="alphas")

    def construct(self, x):
        weights = ops.softmax(self.alphas, axis=-1)
        h = x
        for e, edge in enumerate(self.edges):
            h = h + edge(h, weights[e])
        return h


def make():
    np.random.seed(28)
    net = DartsCell()
    net.set_train(False)
    x = Tensor(np.random.randn(2, 8, 6, 6).astype(np.float32))
    return net, (x,)
