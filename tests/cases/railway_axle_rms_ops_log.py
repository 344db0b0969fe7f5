# case: axle vibration RMS and dB severity computed with ops.sqrt and ops.log on tensors -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AxleSeverity(nn.Cell):
    def __init__(self, reference_rms=1.2):
        super().__init__()
        self.reference_rms = reference_rms
        self.ln10 = float(np.log(10.0))

    def mean_square(self, signal):
        centred = signal - signal.mean(axis=-1, keep_dims=True)
        return (centred * centred).mean(axis=-1)

    def construct(self, signal):
        rms = ops.sqrt(self.mean_square(signal))
        severity = 20.0 * ops.log(rms / self.reference_rms) / self.ln10
        return severity, severity.argmax()


def make():
    np.random.seed(6)
    sig = np.random.randn(4, 32).astype(np.float32) * 1.5
    return AxleSeverity(), (Tensor(sig),)
