# case: @ms.jit function applies pre-emphasis with a tap count read from the lathe config tensor via int() -> loop count from tensor value, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def riaa_pre_emphasis(drive, n_taps):
    taps = int(n_taps)
    out = drive[taps:]
    for t in range(1, taps + 1):
        out = out - (0.5 ** t) * drive[taps - t:drive.shape[0] - t]
    return out


def make():
    np.random.seed(92)
    x = (np.random.randn(2048) * 0.3).astype(np.float32)
    return riaa_pre_emphasis, (Tensor(x), Tensor(3, ms.int32))
