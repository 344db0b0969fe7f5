# case: encoder with LayerDrop that only samples random layer skips when self.training is set (off) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeedForwardLayer(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.norm = nn.LayerNorm((dim,))

    def construct(self, x):
        return x + ops.relu(self.fc(self.norm(x)))


class LayerDropEncoder(nn.Cell):
    def __init__(self, dim=8, num_layers=3, layerdrop=0.2):
        super().__init__()
        self.layers = nn.CellList([FeedForwardLayer(dim) for _ in range(num_layers)])
        self.layerdrop = layerdrop

    def construct(self, x):
        for layer in self.layers:
            if self.training and self.layerdrop > 0:
                if ops.rand(1)[0] < self.layerdrop:
                    continue
            x = layer(x)
        return x


def make():
    np.random.seed(42)
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    net = LayerDropEncoder()
    net.set_train(False)
    return net, (x,)
