# case: output projection subclassing nn.Dense that zeroes predictions of sensors flagged offline via an Optional node mask multiplied in, calling super().construct -> mask by multiplication, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class HeadConfig:
    def __init__(self, hidden=8, horizon=3, zero_offline=True):
        self.hidden = hidden
        self.horizon = horizon
        self.zero_offline = zero_offline


class MaskedHorizonDense(nn.Dense):
    def __init__(self, config):
        super().__init__(config.hidden, config.horizon)
        self.zero_offline = config.zero_offline

    def construct(self, h, node_mask: Optional[Tensor] = None):
        y = super().construct(h)
        if node_mask is not None and self.zero_offline:
            if isinstance(node_mask, Tensor):
                y = y * node_mask.astype(y.dtype).expand_dims(-1)
        return y


def make():
    np.random.seed(3842)
    h = np.random.randn(2, 9, 8).astype(np.float32)
    node_mask = (np.random.rand(2, 9) > 0.2)
    return MaskedHorizonDense(HeadConfig()), (Tensor(h), Tensor(node_mask))
