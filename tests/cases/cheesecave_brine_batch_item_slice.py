# case: take only the wheels actually in the brine tank, count read with .item(), before estimating salt uptake -> slice length from tensor value, expect dynamic or rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SaltUptake(nn.Cell):
    """Fick-style salt uptake estimate for wheels in a brine bath."""

    def __init__(self, brine_conc=0.22, diffusivity=2.5e-10):
        super().__init__()
        self.brine_conc = brine_conc
        self.diffusivity = diffusivity
        self.correction = nn.Dense(3, 1)

    def uptake(self, hours, thickness_m):
        t = hours * 3600.0
        return self.brine_conc * ops.sqrt(self.diffusivity * t) / thickness_m

    def construct(self, wheels, n_in_tank):
        # wheels: (max_slots, 3) = hours in brine, thickness (m), weight (kg)
        n = n_in_tank.item()
        active = wheels[:n]
        base = self.uptake(active[:, 0], active[:, 1])
        return base + 0.01 * self.correction(active).squeeze(-1)


def make():
    np.random.seed(3211)
    slots = np.zeros((12, 3), np.float32)
    slots[:, 0] = np.random.uniform(4, 48, 12)
    slots[:, 1] = np.random.uniform(0.05, 0.12, 12)
    slots[:, 2] = np.random.uniform(1, 10, 12)
    return SaltUptake(), (Tensor(slots), Tensor(7, ms.int32))
