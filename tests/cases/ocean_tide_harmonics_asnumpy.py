# case: tide prediction evaluates harmonic constituents after pulling amplitudes to the host with .asnumpy() inside construct -> error in graph mode (asnumpy not supported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CONSTITUENT_PERIODS_H = (12.42, 12.00, 23.93, 25.82)


class TidePredictor(nn.Cell):
    def __init__(self):
        super().__init__()
        self.omega = Tensor(2 * np.pi / np.array(CONSTITUENT_PERIODS_H, np.float32))

    def construct(self, hours, amp, phase):
        amp_np = amp.asnumpy()
        keep = Tensor((amp_np > 0.05).astype(np.float32))
        arg = hours.reshape(-1, 1) * self.omega.reshape(1, -1) - phase.reshape(1, -1)
        level = (amp * keep * ops.cos(arg)).sum(axis=1)
        return level


def make():
    np.random.seed(10)
    hours = Tensor(np.arange(0, 48, 1.0, dtype=np.float32))
    amp = Tensor(np.array([1.2, 0.4, 0.02, 0.3], np.float32))
    phase = Tensor(np.random.uniform(0, 6.28, 4).astype(np.float32))
    return TidePredictor(), (hours, amp, phase)
