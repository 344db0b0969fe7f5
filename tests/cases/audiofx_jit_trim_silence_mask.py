# case: @ms.jit silence trimmer zeroes samples outside the first/last loud sample using an index-range mask, keeping full length -> static graph
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def soft_trim(audio, threshold):
    loud = (ops.abs(audio) > threshold).astype(ms.int32)
    n = audio.shape[0]
    idx = ops.arange(0, n, dtype=ms.int32)
    start = ops.argmax(loud.astype(ms.float32)).astype(ms.int32)
    end = (idx * loud).max() + 1
    keep = ops.logical_and(idx >= start, idx < end)
    return audio * keep.astype(audio.dtype), end - start


def make():
    np.random.seed(29)
    sig = np.zeros(64, dtype=np.float32)
    sig[10:50] = 0.5 * np.random.randn(40).astype(np.float32)
    return soft_trim, (Tensor(sig), Tensor(0.05, ms.float32))
