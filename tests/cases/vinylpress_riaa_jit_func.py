# case: @ms.jit function applies a first-order RIAA pre-emphasis to a cutting-lathe drive signal using constant coefficients -> jit function with constants, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PRE_EMPH_ALPHA = 0.85
DRIVE_HEADROOM = 0.8


@ms.jit
def riaa_pre_emphasis(drive):
    emph = drive[1:] - PRE_EMPH_ALPHA * drive[:-1]
    head = ops.abs(emph).max()
    scale = DRIVE_HEADROOM / (head + 1e-6)
    return emph * scale, head


def make():
    np.random.seed(91)
    x = (np.random.randn(2048) * 0.3).astype(np.float32)
    return riaa_pre_emphasis, (Tensor(x),)
