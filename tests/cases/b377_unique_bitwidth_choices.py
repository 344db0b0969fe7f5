# case: mixed-precision search derives each layer's bit-width from argmax over bit candidates, then uses ops.unique on those bit-widths to report the distinct precisions in use -> expected dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

BIT_CANDIDATES = (2, 4, 8)


class MPQConfig:
    def __init__(self, num_layers=4, hidden=8, report_bits=True):
        self.num_layers = num_layers
        self.hidden = hidden
        self.report_bits = report_bits


class MixedPrecisionSearch(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(config.hidden, config.hidden) for _ in range(config.num_layers)])
        self.bit_logits = Parameter(
            Tensor(np.random.randn(config.num_layers, len(BIT_CANDIDATES)).astype(np.float32)), name="bit_logits")
        self.bits = Tensor(np.array(BIT_CANDIDATES, np.int32))
        self.report_bits = config.report_bits

    def _layer_bits(self):
        return ops.gather(self.bits, ops.argmax(self.bit_logits, dim=1), 0)

    def construct(self, x):
        probs = ops.softmax(self.bit_logits, axis=-1)
        expected_bits = (probs * self.bits.astype(ms.float32)).sum(axis=-1)
        for layer in self.layers:
            x = ops.relu(layer(x))
        if self.report_bits:
            distinct, _ = ops.unique(self._layer_bits())
            return x, expected_bits.mean(), distinct
        return x, expected_bits.mean()


def make():
    np.random.seed(3792)
    cell = MixedPrecisionSearch(MPQConfig())
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    return cell, (x,)
