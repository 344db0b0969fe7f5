# case: nn.LayerNorm subclass for the event decoder records running activation statistics on self (self.last_mean, self.num_calls) during construct when tracking is enabled in training -> attribute writes in construct, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class NormConfig:
    d_model = 16
    track_stats = True
    eps = 1e-5

class TrackedLayerNorm(nn.LayerNorm):
    def __init__(self, config):
        super().__init__((config.d_model,), epsilon=config.eps)
        self.track_stats = config.track_stats
        self.num_calls = 0
        self.last_mean = None

    def construct(self, x):
        if self.training and self.track_stats:
            self.last_mean = x.mean()
            self.num_calls += 1
        return super().construct(x)

class DecoderFF(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ff = nn.Dense(config.d_model, config.d_model)
        self.norm = TrackedLayerNorm(config)

    def construct(self, x):
        return self.norm(x + ops.gelu(self.ff(x)))

def make():
    np.random.seed(3741)
    m = DecoderFF(NormConfig())
    m.set_train(True)
    return m, (Tensor(np.random.randn(2, 6, 16).astype(np.float32)),)
