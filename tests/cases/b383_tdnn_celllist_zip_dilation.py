# case: TDNN keyword model zips an nn.CellList of dilated Conv1d layers with a tuple of dilations from the config and crops each output by the dilation (Python ints) for the residual -> all sizes static, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TDNNConfig:
    def __init__(self, n_mfcc=13, channels=16, dilations=(1, 2, 3), num_labels=12, residual=True):
        self.n_mfcc = n_mfcc
        self.channels = channels
        self.dilations = dilations
        self.num_labels = num_labels
        self.residual = residual


class TDNNKWS(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.residual = config.residual
        self.dilations = tuple(config.dilations)
        self.inp = nn.Conv1d(config.n_mfcc, config.channels, 1, has_bias=True)
        self.layers = nn.CellList([
            nn.Conv1d(config.channels, config.channels, 3, dilation=d, pad_mode="valid", has_bias=True)
            for d in self.dilations])
        self.cls = nn.Dense(config.channels, config.num_labels)

    def construct(self, mfcc):
        x = ops.relu(self.inp(mfcc.transpose(0, 2, 1)))
        for i, (layer, d) in enumerate(zip(self.layers, self.dilations)):
            y = ops.relu(layer(x))
            if self.residual and i > 0:
                y = y + x[:, :, d:x.shape[2] - d]
            x = y
        return self.cls(x.mean(axis=2))


def make():
    np.random.seed(38330)
    mfcc = Tensor(np.random.randn(2, 49, 13).astype(np.float32))
    return TDNNKWS(TDNNConfig()), (mfcc,)
