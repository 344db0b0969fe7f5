# case: telemetry parser finds frame indices of objective events with nonzero in a helper method and gathers those frames -> nonzero output size data-dependent, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ObjectiveEventPooler(nn.Cell):
    def __init__(self, feat_dim=9, event_col=0):
        super().__init__()
        self.event_col = event_col
        self.encoder = nn.Dense(feat_dim, 5)

    def event_indices(self, telemetry):
        events = telemetry[:, self.event_col] > 0.8
        return ops.nonzero(events).squeeze(-1)

    def construct(self, telemetry):
        idx = self.event_indices(telemetry)
        event_frames = ops.gather(telemetry, idx, 0)
        enc = self.encoder(event_frames)
        return enc.max(axis=0)


def make():
    np.random.seed(6)
    tel = np.random.randn(24, 9).astype(np.float32)
    tel[3, 0] = 2.0
    return ObjectiveEventPooler(9, 0), (Tensor(tel),)
