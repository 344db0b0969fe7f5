# case: adaptive network wraps the optional deep branch in try/except inside construct to fall back to the shallow output -> try statement in graph, error or unsupported
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShallowDeepNet(nn.Cell):
    def __init__(self, dim=8, num_classes=3):
        super().__init__()
        self.shallow = nn.Dense(dim, dim)
        self.deep = nn.SequentialCell([nn.Dense(dim, dim), nn.ReLU(), nn.Dense(dim, dim)])
        self.head = nn.Dense(dim, num_classes)

    def construct(self, x, gate):
        h = ops.relu(self.shallow(x))
        try:
            deep = self.deep(h)
            out = gate * deep + (1 - gate) * h
        except ValueError:
            out = h
        return self.head(out)


def make():
    np.random.seed(30)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    gate = Tensor(np.array([[1.0], [0.0], [1.0], [0.0]], dtype=np.float32))
    return ShallowDeepNet(), (x, gate)
