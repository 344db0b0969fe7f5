# case: cut a fixed-length window around the P pick found by argmax of the picker probability, using the tensor index as slice bounds -> slice bounds from tensor values, dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PickWindower(nn.Cell):
    """Cuts the waveform around the most probable P-arrival sample."""

    def __init__(self, half_window=8):
        super().__init__()
        self.half_window = half_window

    def construct(self, waveform, p_prob):
        # waveform: (n_samples,), p_prob: (n_samples,)
        pick = ops.argmax(p_prob)
        start = ops.maximum(pick - self.half_window, 0)
        stop = ops.minimum(pick + self.half_window, waveform.shape[0])
        window = waveform[start:stop]
        window = window - window.mean()
        return window / (ops.abs(window).max() + 1e-6)


def make():
    np.random.seed(0)
    n = 64
    wave = np.random.randn(n).astype(np.float32)
    prob = np.exp(-0.5 * ((np.arange(n) - 30) / 3.0) ** 2).astype(np.float32)
    return PickWindower(), (Tensor(wave), Tensor(prob))
