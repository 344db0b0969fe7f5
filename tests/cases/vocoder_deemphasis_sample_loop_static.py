# case: de-emphasis IIR filter written as a sample-by-sample Python loop over a static length, state stacked at end -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeEmphasisIIR(nn.Cell):
    def __init__(self, coef=0.85, clamp_output=True):
        super().__init__()
        self.coef = coef
        self.clamp_output = clamp_output

    def construct(self, wav, init_state=None):
        b, t = wav.shape
        if init_state is None:
            prev = ops.zeros((b,), wav.dtype)
        else:
            prev = init_state
        outs = []
        for i in range(t):
            prev = wav[:, i] + self.coef * prev
            outs.append(prev)
        y = ops.stack(outs, axis=1)
        if self.clamp_output:
            y = ops.clamp(y, -1.0, 1.0)
        return y, prev


def make():
    np.random.seed(30)
    wav = 0.2 * np.random.randn(2, 16).astype(np.float32)
    return DeEmphasisIIR(), (Tensor(wav),)
