# case: window around the argmax pick built by gathering pick + a constant offset range clipped to the trace bounds -> window length fixed by the constructor, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedPickWindow(nn.Cell):
    def __init__(self, pre=6, post=10):
        super().__init__()
        self.offsets = Tensor(np.arange(-pre, post), ms.int32)

    def construct(self, waveforms, p_prob):
        # waveforms: (n_traces, n_samples), p_prob: (n_traces, n_samples)
        n_samples = waveforms.shape[1]
        picks = ops.argmax(p_prob, dim=1).astype(ms.int32)
        idx = picks.reshape(-1, 1) + self.offsets.reshape(1, -1)
        idx = ops.clip(idx, 0, n_samples - 1)
        windows = ops.gather_elements(waveforms, 1, idx)
        return windows - windows.mean(axis=1, keep_dims=True)


def make():
    np.random.seed(32)
    wav = np.random.randn(4, 64).astype(np.float32)
    prob = np.random.rand(4, 64).astype(np.float32)
    return FixedPickWindow(), (Tensor(wav), Tensor(prob))
