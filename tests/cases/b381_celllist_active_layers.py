# case: stacked diffusion GRU encoder that breaks out of its nn.CellList once the number of active layers read from a tensor argument is reached -> loop exit condition and output depth from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, num_rnn_layers=3, rnn_units=8, residual=False):
        self.num_rnn_layers = num_rnn_layers
        self.rnn_units = rnn_units
        self.residual = residual


class StackedEncoder(nn.Cell):
    def __init__(self, n_nodes, config):
        super().__init__()
        dims = [n_nodes] + [config.rnn_units] * config.num_rnn_layers
        self.layers = nn.CellList([nn.GRUCell(i, o) for i, o in zip(dims[:-1], dims[1:])])
        self.units = config.rnn_units

    def construct(self, x, hidden, n_active):
        new_hidden = []
        out = x
        for i, cell in enumerate(self.layers):
            if i >= n_active:
                break
            out = cell(out, hidden[i])
            new_hidden.append(out)
        return out, ops.stack(new_hidden)


def make():
    np.random.seed(3839)
    n, b = 6, 2
    cfg = EncoderConfig()
    hidden = Tensor(np.zeros((cfg.num_rnn_layers, b, cfg.rnn_units), np.float32))
    return StackedEncoder(n, cfg), (Tensor(np.random.randn(b, n).astype(np.float32)), hidden, Tensor(2, ms.int32))
