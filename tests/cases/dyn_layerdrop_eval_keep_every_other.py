# case: LayerDrop transformer prunes layers at inference with a keep-every-k rule computed from Python config, training path masks with ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderLayer(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.norm = nn.LayerNorm((dim,))
        self.ff = nn.SequentialCell([nn.Dense(dim, 2 * dim), nn.ReLU(), nn.Dense(2 * dim, dim)])

    def construct(self, x):
        return x + self.ff(self.norm(x))


def layers_to_keep(num_layers, keep_every):
    return tuple(i for i in range(num_layers) if i % keep_every == 0)


class LayerDropTransformer(nn.Cell):
    def __init__(self, dim=16, num_layers=6, layerdrop=0.2, keep_every=2):
        super().__init__()
        self.layers = nn.CellList([EncoderLayer(dim) for _ in range(num_layers)])
        self.layerdrop = layerdrop
        self.keep = layers_to_keep(num_layers, keep_every)

    def construct(self, x):
        if self.training:
            drop = ops.rand((len(self.layers),)) < self.layerdrop
            for i, layer in enumerate(self.layers):
                x = ops.select(drop[i], x, layer(x))
            return x
        for i in self.keep:
            x = self.layers[i](x)
        return x


def make():
    np.random.seed(37)
    net = LayerDropTransformer()
    net.set_train(False)
    x = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    return net, (x,)
