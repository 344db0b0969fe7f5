# case: @ms.jit function that keeps the first n_active subcarriers where n_active comes in as a scalar tensor -> dynamic or error (slice bound from tensor argument)
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def leading_subcarrier_power(csi_re, csi_im, n_active):
    power = csi_re * csi_re + csi_im * csi_im          # (rx, subcarriers)
    active = power[:, :n_active]
    per_rx = active.mean(axis=1)
    best_rx = per_rx.argmax()
    return per_rx, active, best_rx


def make():
    np.random.seed(32)
    re = Tensor(np.random.randn(3, 20).astype(np.float32))
    im = Tensor(np.random.randn(3, 20).astype(np.float32))
    return leading_subcarrier_power, (re, im, Tensor(12, ms.int32))
