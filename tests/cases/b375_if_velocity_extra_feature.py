# case: feature augmenter appends the velocity column only when the batch mean velocity exceeds an alert level, so the two branches return different widths -> graph mode rejects mismatched branch shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AugmenterConfig:
    def __init__(self, in_dim=10, hidden=16, velocity_alert=0.5, augment=True):
        self.in_dim = in_dim
        self.hidden = hidden
        self.velocity_alert = velocity_alert
        self.augment = augment


class VelocityAugmenter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.base = nn.SequentialCell([nn.Dense(config.in_dim, config.hidden), nn.Tanh()])
        self.velocity_alert = config.velocity_alert
        self.augment = config.augment

    def _maybe_augment(self, h, velocity):
        if velocity.mean() > self.velocity_alert:
            h = ops.concat((h, velocity), axis=-1)
        return h

    def construct(self, x, velocity=None):
        h = self.base(x)
        if self.augment and velocity is not None:
            h = self._maybe_augment(h, velocity)
        return h


def make():
    np.random.seed(3758)
    x = np.random.randn(5, 10).astype(np.float32)
    velocity = np.random.rand(5, 1).astype(np.float32) + 0.3
    return VelocityAugmenter(AugmenterConfig()), (Tensor(x), Tensor(velocity))
