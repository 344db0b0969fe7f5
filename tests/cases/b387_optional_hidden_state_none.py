# case: XMem-style hidden-state update where the previous hidden state is an Optional argument initialised to zeros when None, with the GRU-like update gated by config -> None check resolved at compile time; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class HiddenConfig:
    def __init__(self, value_dim=8, hidden_dim=8, use_hidden=True):
        self.value_dim = value_dim
        self.hidden_dim = hidden_dim
        self.use_hidden = use_hidden


class HiddenUpdater(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.hidden_dim = config.hidden_dim
        self.use_hidden = config.use_hidden
        self.transform = nn.Conv2d(config.value_dim + config.hidden_dim, config.hidden_dim * 3, 3,
                                   pad_mode="same", has_bias=True)

    def construct(self, value: Tensor, hidden: Optional[Tensor] = None):
        if hidden is None:
            n, _, h, w = value.shape
            hidden = ops.zeros((n, self.hidden_dim, h, w), value.dtype)
        if not self.use_hidden:
            return value, hidden
        gates = self.transform(ops.concat((value, hidden), axis=1))
        forget = ops.sigmoid(gates[:, :self.hidden_dim])
        update = ops.sigmoid(gates[:, self.hidden_dim:self.hidden_dim * 2])
        new_value = ops.tanh(gates[:, self.hidden_dim * 2:])
        new_hidden = forget * hidden * (1 - update) + update * new_value
        return value, new_hidden


def make():
    np.random.seed(3900)
    value = Tensor(np.random.randn(2, 8, 6, 6).astype(np.float32))
    return HiddenUpdater(HiddenConfig()), (value,)
