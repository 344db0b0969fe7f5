# case: crossing time predictor runs an LSTM over the AIS track (speed, heading, wind) and regresses remaining minutes from the last step -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RemainingTimeLSTM(nn.Cell):
    def __init__(self, n_in=4, hidden=16, layers=2):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=layers, batch_first=True)
        self.head = nn.Dense(hidden, 1)
        self.hidden = hidden
        self.layers = layers

    def construct(self, ais_track):
        b = ais_track.shape[0]
        h0 = ops.zeros((self.layers, b, self.hidden), ms.float32)
        c0 = ops.zeros((self.layers, b, self.hidden), ms.float32)
        out, _ = self.lstm(ais_track, (h0, c0))
        last = out[:, -1, :]
        return ops.relu(self.head(last)).squeeze(-1)


def make():
    np.random.seed(31)
    track = np.random.rand(3, 20, 4).astype(np.float32)
    return RemainingTimeLSTM(), (Tensor(track),)
