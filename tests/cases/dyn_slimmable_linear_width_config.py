# case: slimmable MLP slices Dense weights by a width multiplier chosen from a Python config list -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SlimmableDense(nn.Cell):
    def __init__(self, in_features, max_out, width_list=(0.25, 0.5, 1.0), width_idx=1):
        super().__init__()
        self.width_list = width_list
        self.width_idx = width_idx
        self.weight = Parameter(Tensor(np.random.randn(max_out, in_features).astype(np.float32) * 0.1), name="w")
        self.bias = Parameter(Tensor(np.zeros(max_out, np.float32)), name="b")
        self.max_out = max_out

    def out_features(self):
        return int(self.max_out * self.width_list[self.width_idx])

    def construct(self, x):
        n_out = self.out_features()
        in_f = x.shape[-1]
        w = self.weight[:n_out, :in_f]
        return ops.matmul(x, w.T) + self.bias[:n_out]


class SlimmableMLP(nn.Cell):
    def __init__(self, in_features=12, hidden=32, num_classes=5, width_idx=1):
        super().__init__()
        self.fc1 = SlimmableDense(in_features, hidden, width_idx=width_idx)
        self.fc2 = SlimmableDense(hidden, num_classes, width_list=(1.0,), width_idx=0)
        self.act = nn.GELU()

    def construct(self, x):
        h = self.act(self.fc1(x))
        return self.fc2(h)


def make():
    np.random.seed(2)
    x = Tensor(np.random.randn(4, 12).astype(np.float32))
    return SlimmableMLP(), (x,)
