# case: computes per-beam SINR by looping over a constant number of beams from the constructor and stacking results -> constant-trip loop with fixed list length, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerBeamSinr(nn.Cell):
    def __init__(self, num_beams=4, noise_w=1e-3):
        super().__init__()
        self.num_beams = num_beams
        self.noise = noise_w

    def construct(self, rx_power):
        total = rx_power.sum(axis=0)
        sinrs = []
        for b in range(self.num_beams):
            signal = rx_power[b]
            interference = total - signal
            sinrs.append(signal / (interference + self.noise))
        sinr = ops.stack(sinrs, axis=0)
        return 10.0 * ops.log10(sinr)


def make():
    np.random.seed(34)
    p = Tensor(np.random.uniform(0.01, 1.0, size=(4, 7)).astype(np.float32))
    return PerBeamSinr(), (p,)
