# case: GRU-style trajectory decoder that rolls out a fixed number of future steps, appending to a list and stacking -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrajectoryDecoder(nn.Cell):
    def __init__(self, hidden=16, pred_len=5):
        super().__init__()
        self.pred_len = pred_len
        self.cell = nn.GRUCell(2, hidden)
        self.to_offset = nn.Dense(hidden, 2)

    def construct(self, last_pos, h):
        preds = []
        pos = last_pos
        for _ in range(self.pred_len):
            h = self.cell(pos, h)
            pos = pos + self.to_offset(h)
            preds.append(pos)
        return ops.stack(preds, axis=1)


class TrajectoryModel(nn.Cell):
    def __init__(self, obs_len=8, hidden=16, pred_len=5):
        super().__init__()
        self.encoder = nn.Dense(obs_len * 2, hidden)
        self.decoder = TrajectoryDecoder(hidden, pred_len)

    def construct(self, history):
        b = history.shape[0]
        h = ops.tanh(self.encoder(history.reshape(b, -1)))
        return self.decoder(history[:, -1, :], h)


def make():
    np.random.seed(9)
    hist = Tensor(np.cumsum(np.random.randn(6, 8, 2), axis=1).astype(np.float32))
    return TrajectoryModel(), (hist,)
