# case: @ms.jit silence trimmer finds the first and last frame above a dB threshold and slices audio[start:end] with tensor bounds -> error or dynamic (slice bounds from tensor values)
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def trim_silence(audio, threshold):
    loud = (ops.abs(audio) > threshold).astype(ms.int32)
    n = audio.shape[0]
    idx = ops.arange(0, n, dtype=ms.int32)
    start = ops.argmax(loud.astype(ms.float32))
    end = (idx * loud).max() + 1
    return audio[start:end]


def make():
    np.random.seed(28)
    sig = np.zeros(64, dtype=np.float32)
    sig[10:50] = 0.5 * np.random.randn(40).astype(np.float32)
    return trim_silence, (Tensor(sig), Tensor(0.05, ms.float32))
