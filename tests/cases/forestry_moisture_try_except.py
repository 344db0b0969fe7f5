# case: wood moisture calibration wraps the oven-dry ratio in try/except ZeroDivisionError inside construct -> error in Graph mode (try unsupported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoistureContent(nn.Cell):
    """Moisture content (%) of sawn boards from wet and oven-dry weights."""

    def __init__(self, fallback=0.0):
        super().__init__()
        self.fallback = fallback

    def construct(self, wet_kg, dry_kg):
        try:
            mc = (wet_kg - dry_kg) / dry_kg * 100.0
        except ZeroDivisionError:
            mc = ops.fill(ms.float32, wet_kg.shape, self.fallback)
        return ops.clip_by_value(mc, Tensor(0.0, ms.float32), Tensor(200.0, ms.float32))


def make():
    np.random.seed(12)
    dry = np.random.uniform(8, 12, (6,)).astype(np.float32)
    wet = dry * np.random.uniform(1.1, 1.8, (6,)).astype(np.float32)
    return MoistureContent(), (Tensor(wet), Tensor(dry))
