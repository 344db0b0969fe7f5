# case: daily pond report returning a dict of named tensors (mean density, total volume, ready count) built with constant keys -> dict return from construct, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DailyPondReport(nn.Cell):
    def __init__(self, area_m2=3000.0, ready_density=1.215):
        super().__init__()
        self.area_m2 = area_m2
        self.ready_density = ready_density

    def construct(self, density, level_cm):
        volume = self.area_m2 * level_cm / 100.0
        ready = (density >= self.ready_density).astype(ms.float32)
        report = {
            "mean_density": density.mean(),
            "total_volume_m3": volume.sum(),
            "ready_ponds": ready.sum(),
        }
        return report


def make():
    np.random.seed(35)
    density = Tensor(np.random.uniform(1.10, 1.24, size=(10,)).astype(np.float32))
    level = Tensor(np.random.uniform(15.0, 40.0, size=(10,)).astype(np.float32))
    return DailyPondReport(), (density, level)
