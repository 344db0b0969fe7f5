# case: seq2seq GRU decoder unrolls a fixed forecast horizon from config, feeding back its own prediction and concatenating outputs -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AutoregressiveGRU(nn.Cell):
    def __init__(self, hidden=16, horizon=5, teacher_forcing=False):
        super().__init__()
        self.horizon = horizon
        self.teacher_forcing = teacher_forcing
        self.encoder = nn.GRU(1, hidden, batch_first=True)
        self.cell = nn.GRUCell(1, hidden)
        self.proj = nn.Dense(hidden, 1)

    def decode(self, h, last, future=None):
        outputs = last[:, :0]
        for step in range(self.horizon):
            h = self.cell(last, h)
            y = self.proj(h)
            outputs = ops.concat((outputs, y), axis=1)
            if self.teacher_forcing and future is not None:
                last = future[:, step:step + 1]
            else:
                last = y
        return outputs

    def construct(self, history, future=None):
        _, h = self.encoder(history.expand_dims(-1))
        return self.decode(h[0], history[:, -1:], future)


def make():
    np.random.seed(29)
    history = Tensor(np.random.randn(3, 12).astype(np.float32))
    return AutoregressiveGRU(), (history,)
