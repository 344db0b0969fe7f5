# case: gather InSAR line-of-sight displacement at coherent pixels found with ops.nonzero -> nonzero gives a data-dependent number of pixels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoherentPixelStats(nn.Cell):
    def __init__(self, coherence_min=0.4, wavelength_mm=55.5):
        super().__init__()
        self.coherence_min = coherence_min
        self.rad_to_mm = wavelength_mm / (4.0 * np.pi)

    def unwrap_to_los(self, phase):
        return phase * self.rad_to_mm

    def construct(self, phase, coherence):
        los = self.unwrap_to_los(phase).reshape(-1)
        good = ops.nonzero(coherence.reshape(-1) > self.coherence_min)
        picked = ops.gather_nd(los, good)
        return picked.mean(), picked.max(), picked.min()


def make():
    np.random.seed(41)
    phase = np.random.uniform(-np.pi, np.pi, (24, 24)).astype(np.float32)
    coh = np.random.uniform(0.0, 1.0, (24, 24)).astype(np.float32)
    return CoherentPixelStats(), (Tensor(phase), Tensor(coh))
