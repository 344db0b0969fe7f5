# case: test-pressing QC builds a dict of named metrics with constant string keys and returns a tuple read from it -> dict with constant keys, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

METRIC_KEYS = ("noise_db", "clicks", "offcenter")


class PressingQCReport(nn.Cell):
    def __init__(self, click_level=0.5):
        super().__init__()
        self.click_level = click_level

    def construct(self, needle_drop, runout_radius):
        m = {}
        m["noise_db"] = 20.0 * ops.log10(ops.sqrt((needle_drop * needle_drop).mean()) + 1e-9)
        m["clicks"] = (ops.abs(needle_drop) > self.click_level).astype(ms.float32).sum()
        m["offcenter"] = runout_radius.max() - runout_radius.min()
        return tuple(m[k] for k in METRIC_KEYS)


def make():
    np.random.seed(131)
    x = (np.random.randn(2048) * 0.1).astype(np.float32)
    r = (60.0 + 0.2 * np.sin(np.linspace(0, 2 * np.pi, 180))).astype(np.float32)
    return PressingQCReport(), (Tensor(x), Tensor(r))
