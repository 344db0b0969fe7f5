# case: classify the flow regime from a turbulence intensity and wrap the result in a plain Python record object created inside construct -> plain Python class instantiated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlowRegime:
    def __init__(self, intensity, separated):
        self.intensity = intensity
        self.separated = separated


class RegimeClassifier(nn.Cell):
    def __init__(self, ti_threshold=0.05):
        super().__init__()
        self.ti_threshold = ti_threshold

    def construct(self, u_samples):
        u_mean = u_samples.mean()
        u_rms = ops.sqrt(((u_samples - u_mean) ** 2).mean())
        ti = u_rms / u_mean
        regime = FlowRegime(ti, ti > self.ti_threshold)
        return regime.intensity, regime.separated


def make():
    np.random.seed(161)
    u = (18.0 + 1.2 * np.random.randn(400)).astype(np.float32)
    return RegimeClassifier(), (Tensor(u),)
