# case: wood moisture calibration takes an optional tare weight tested with `is None` and guards division with ops.where -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoistureContent(nn.Cell):
    """Moisture content (%) of sawn boards from wet and oven-dry weights."""

    def __init__(self, eps=1e-3):
        super().__init__()
        self.eps = eps

    def construct(self, wet_kg, dry_kg, tare_kg=None):
        if tare_kg is not None:
            wet_kg = wet_kg - tare_kg
            dry_kg = dry_kg - tare_kg
        safe_dry = ops.where(dry_kg > self.eps, dry_kg, ops.ones_like(dry_kg))
        mc = (wet_kg - dry_kg) / safe_dry * 100.0
        mc = ops.where(dry_kg > self.eps, mc, ops.zeros_like(mc))
        return ops.clip_by_value(mc, Tensor(0.0, ms.float32), Tensor(200.0, ms.float32))


def make():
    np.random.seed(12)
    dry = np.random.uniform(8, 12, (6,)).astype(np.float32)
    wet = dry * np.random.uniform(1.1, 1.8, (6,)).astype(np.float32)
    return MoistureContent(), (Tensor(wet), Tensor(dry))
