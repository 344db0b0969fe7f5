# case: training wrapper for an online-handwriting encoder logs the longest sequence with an f-string print (config.verbose defaults to True) -> f-string formatting a tensor value inside construct, expect Graph mode to refuse or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, point_dim=3, hidden_size=16, num_layers=2, verbose=True):
        self.point_dim = point_dim
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.verbose = verbose


class InkEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        dims = [config.point_dim] + [config.hidden_size] * config.num_layers
        self.layers = nn.CellList([nn.Dense(i, o) for i, o in zip(dims[:-1], dims[1:])])
        self.verbose = config.verbose

    def _log(self, lengths, hidden):
        if self.verbose:
            print(f"encoder: longest={lengths.max()} mean_act={hidden.mean()}")

    def construct(self, ink, lengths):
        hidden = ink
        for layer in self.layers:
            hidden = ops.tanh(layer(hidden))
        self._log(lengths, hidden)
        return hidden


def make():
    np.random.seed(3713)
    ink = Tensor(np.random.randn(2, 18, 3).astype(np.float32))
    lengths = Tensor(np.array([18, 9], dtype=np.int32))
    return InkEncoder(EncoderConfig()), (ink, lengths)
