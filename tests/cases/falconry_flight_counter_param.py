# case: flight-session encoder that keeps a running session count and airspeed EMA in Parameters updated with ops.assign -> Parameter state update, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FlightSessionEncoder(nn.Cell):
    def __init__(self, in_dim=6, hidden=12, momentum=0.9):
        super().__init__()
        self.encoder = nn.SequentialCell(nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, hidden))
        self.sessions_seen = Parameter(Tensor(0.0, ms.float32), name="sessions_seen", requires_grad=False)
        self.airspeed_ema = Parameter(Tensor(0.0, ms.float32), name="airspeed_ema", requires_grad=False)
        self.momentum = momentum

    def construct(self, telemetry):
        ops.assign(self.sessions_seen, self.sessions_seen + 1.0)
        new_ema = self.momentum * self.airspeed_ema + (1 - self.momentum) * telemetry[:, 0].mean()
        ops.assign(self.airspeed_ema, new_ema)
        emb = self.encoder(telemetry)
        return emb.mean(axis=0)


def make():
    np.random.seed(3185)
    tel = Tensor(np.random.randn(30, 6).astype(np.float32))
    return FlightSessionEncoder(), (tel,)
