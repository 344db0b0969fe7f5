# case: flight-session encoder that bumps self.sessions_seen and stores the last mean airspeed on self inside construct -> self attribute written in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlightSessionEncoder(nn.Cell):
    def __init__(self, in_dim=6, hidden=12):
        super().__init__()
        self.encoder = nn.SequentialCell(nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, hidden))
        self.sessions_seen = 0
        self.last_airspeed = None

    def construct(self, telemetry):
        # telemetry columns: airspeed, groundspeed, alt, heading_sin, heading_cos, wingbeat_hz
        self.sessions_seen = self.sessions_seen + 1
        self.last_airspeed = telemetry[:, 0].mean()
        emb = self.encoder(telemetry)
        return emb.mean(axis=0)


def make():
    np.random.seed(3184)
    tel = Tensor(np.random.randn(30, 6).astype(np.float32))
    return FlightSessionEncoder(), (tel,)
