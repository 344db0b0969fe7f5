# case: keep InSAR displacement only where coherence is high using three-argument ops.where, then a coherence-weighted mean -> fixed shapes, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoherenceWeightedLOS(nn.Cell):
    def __init__(self, coherence_min=0.4, wavelength_mm=55.5):
        super().__init__()
        self.coherence_min = coherence_min
        self.rad_to_mm = wavelength_mm / (4.0 * np.pi)

    def construct(self, phase, coherence):
        los = phase * self.rad_to_mm
        w = ops.where(coherence > self.coherence_min, coherence, ops.zeros_like(coherence))
        weighted = (los * w).sum() / (w.sum() + 1e-6)
        los_masked = ops.where(w > 0, los, ops.fill(ms.float32, los.shape, float('nan')))
        return weighted, los_masked


def make():
    np.random.seed(42)
    phase = np.random.uniform(-np.pi, np.pi, (24, 24)).astype(np.float32)
    coh = np.random.uniform(0.0, 1.0, (24, 24)).astype(np.float32)
    return CoherenceWeightedLOS(), (Tensor(phase), Tensor(coh))
