# case: model manual-to-pedal couplers as a dense coupling matrix built in __init__ and apply it with matmul -> dense fixed shapes, Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def octave_coupler(n_keys, shift, span):
    m = np.zeros((n_keys, n_keys), dtype=np.float32)
    for r in range(span):
        if r + shift < n_keys:
            m[r, r + shift] = 1.0
    return m


class CouplerNetwork(nn.Cell):
    """Great-to-Pedal and Swell-to-Great couplers as a dense key map."""

    def __init__(self, n_keys=61, couple_super=True):
        super().__init__()
        m = octave_coupler(n_keys, 12, 32)
        if couple_super:
            m = m + octave_coupler(n_keys, 24, 20)
        self.coupler = Tensor(m)

    def construct(self, keys_down):
        coupled = ops.matmul(self.coupler, keys_down)
        return ops.clamp(keys_down + coupled, 0.0, 1.0)


def make():
    np.random.seed(322)
    keys = (np.random.rand(61, 1) > 0.8).astype(np.float32)
    return CouplerNetwork(), (Tensor(keys),)
