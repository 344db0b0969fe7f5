# case: LayerDrop encoder samples a keep mask per layer and reports the indices of kept layers via nonzero -> dynamic shape at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeedForwardLayer(nn.Cell):
    def __init__(self, dim, hidden_ratio=2):
        super().__init__()
        self.norm = nn.LayerNorm((dim,))
        self.fc1 = nn.Dense(dim, dim * hidden_ratio)
        self.fc2 = nn.Dense(dim * hidden_ratio, dim)
        self.act = nn.GELU()

    def construct(self, x):
        return x + self.fc2(self.act(self.fc1(self.norm(x))))


class LayerDropEncoder(nn.Cell):
    def __init__(self, dim=16, depth=4, layerdrop=0.3):
        super().__init__()
        self.layers = nn.CellList([FeedForwardLayer(dim) for _ in range(depth)])
        self.depth = depth
        self.layerdrop = layerdrop

    def sample_keep_mask(self, noise):
        return noise >= self.layerdrop

    def construct(self, x, noise):
        keep = self.sample_keep_mask(noise)
        for i in range(self.depth):
            out = self.layers[i](x)
            x = ops.select(keep[i], out, x)
        kept_layers = ops.nonzero(keep).reshape(-1)
        return x, kept_layers


def make():
    np.random.seed(5)
    x = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    noise = Tensor(np.random.rand(4).astype(np.float32))
    return LayerDropEncoder(), (x, noise)
