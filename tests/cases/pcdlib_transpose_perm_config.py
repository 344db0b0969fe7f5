# case: channels-first Conv1d-style shared MLP where the transpose permutation is picked from module-level constants by a config flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TO_CHANNELS_FIRST = (0, 2, 1)
IDENTITY = (0, 1, 2)


class MLPConfig:
    def __init__(self, channels=(6, 16, 32), channels_last_input=True, use_bn=True):
        self.channels = channels
        self.channels_last_input = channels_last_input
        self.use_bn = use_bn


class SharedMLP1d(nn.Cell):
    def __init__(self, config):
        super().__init__()
        perm = TO_CHANNELS_FIRST if config.channels_last_input else IDENTITY
        self.perm = perm
        layers = []
        for cin, cout in zip(config.channels[:-1], config.channels[1:]):
            layers.append(nn.Conv1d(cin, cout, 1, has_bias=not config.use_bn))
            if config.use_bn:
                layers.append(nn.BatchNorm1d(cout))
            layers.append(nn.ReLU())
        self.layers = nn.CellList(layers)

    def construct(self, x):
        x = ops.transpose(x, self.perm)
        for layer in self.layers:
            if isinstance(layer, nn.BatchNorm1d):
                x = layer(x.transpose(0, 2, 1).reshape(-1, x.shape[1])).reshape(x.shape[0], x.shape[2], -1).transpose(0, 2, 1)
            else:
                x = layer(x)
        return ops.transpose(x, self.perm)


def make():
    np.random.seed(3502)
    x = Tensor(np.random.randn(2, 32, 6).astype(np.float32))
    net = SharedMLP1d(MLPConfig())
    net.set_train(False)
    return net, (x,)
