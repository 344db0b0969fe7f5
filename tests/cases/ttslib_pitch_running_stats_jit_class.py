# case: pitch predictor tracks running pitch statistics in a @ms.jit_class object created and mutated inside construct -> error or unsupported (jit_class instance attribute mutated in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RunningStats:
    def __init__(self, momentum):
        self.momentum = momentum
        self.mean = 0.0
        self.count = 0

    def update(self, values):
        self.mean = self.momentum * self.mean + (1.0 - self.momentum) * values.mean()
        self.count = self.count + 1
        return self.mean


class PitchConfig:
    def __init__(self, hidden_size=16, stats_momentum=0.9, track_stats=True):
        self.hidden_size = hidden_size
        self.stats_momentum = stats_momentum
        self.track_stats = track_stats


class PitchPredictor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(config.hidden_size, config.hidden_size), nn.Dense(config.hidden_size, 1)])
        self.momentum = config.stats_momentum
        self.track_stats = config.track_stats

    def construct(self, x):
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i == 0:
                x = ops.relu(x)
        pitch = x.squeeze(-1)
        if self.track_stats:
            stats = RunningStats(self.momentum)
            centre = stats.update(pitch)
            pitch = pitch - centre
        return pitch


def make():
    np.random.seed(45)
    cfg = PitchConfig()
    x = Tensor(np.random.randn(2, 15, cfg.hidden_size).astype(np.float32))
    return PitchPredictor(cfg), (x,)
