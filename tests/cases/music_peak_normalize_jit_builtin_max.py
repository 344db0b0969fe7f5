# case: @ms.jit peak-normalisation function that uses Python's max() and abs() builtins on tensors for the headroom gain -> compile error at line 17 (at least at STRICT; compiled under PyNative jit)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HEADROOM_DB = -1.0


def headroom_gain(peak, headroom_db=HEADROOM_DB):
    target = 10.0 ** (headroom_db / 20.0)
    return target / peak


@ms.jit
def peak_normalize(audio, eps=1e-8):
    channel_peaks = ops.abs(audio).max(axis=-1)
    peak = max(channel_peaks[0], channel_peaks[1])
    peak = max(peak, eps)
    gain = headroom_gain(peak)
    out = audio * gain
    return out, abs(gain)


def make():
    np.random.seed(29)
    audio = Tensor((0.3 * np.random.randn(2, 300)).astype(np.float32))
    return peak_normalize, (audio,)
