# case: DMX universe renderer wraps channel clamping in a `with` block over a small context manager object inside construct -> with statement in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeOutput:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return False


class DmxRenderer(nn.Cell):
    def __init__(self, n_fixtures=12, n_params=4):
        super().__init__()
        self.mix = nn.Dense(n_params, n_params)
        self.n_fixtures = n_fixtures

    def construct(self, fixture_params, master):
        with SafeOutput():
            values = ops.sigmoid(self.mix(fixture_params)) * master
            dmx = ops.round(values * 255.0)
        return dmx


def make():
    np.random.seed(191)
    params = Tensor(np.random.rand(12, 4).astype(np.float32))
    master = Tensor(np.array(0.8, dtype=np.float32))
    return DmxRenderer(), (params, master)
