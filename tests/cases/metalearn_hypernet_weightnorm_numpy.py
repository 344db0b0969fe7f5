# case: hypernetwork producing conv-free dense weights that are row-normalised with np.linalg.norm on the generated tensor -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightGenerator(nn.Cell):
    def __init__(self, z_dim=4, in_dim=6, out_dim=5):
        super().__init__()
        self.in_dim = in_dim
        self.out_dim = out_dim
        self.fc = nn.Dense(z_dim, in_dim * out_dim)

    def construct(self, z):
        return self.fc(z).reshape(self.out_dim, self.in_dim)


class HyperWeightNormLayer(nn.Cell):
    def __init__(self, z_dim=4, in_dim=6, out_dim=5, gain=1.0):
        super().__init__()
        self.gen = WeightGenerator(z_dim, in_dim, out_dim)
        self.gain = gain

    def normalise(self, w):
        row_norm = np.linalg.norm(w, axis=1, keepdims=True)
        return w / Tensor(row_norm.astype(np.float32)) * self.gain

    def construct(self, x, z):
        w = self.normalise(self.gen(z))
        return ops.matmul(x, w.T)


def make():
    np.random.seed(18)
    layer = HyperWeightNormLayer()
    x = Tensor(np.random.randn(3, 6).astype(np.float32))
    z = Tensor(np.random.randn(1, 4).astype(np.float32))
    return layer, (x, z)
