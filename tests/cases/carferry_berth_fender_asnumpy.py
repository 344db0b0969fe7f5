# case: berth approach controller converts the fender contact forces to NumPy to find the peak before computing thrust correction -> .asnumpy() inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FenderAwareThrust(nn.Cell):
    def __init__(self, max_fender_kn=450.0, gain=0.02):
        super().__init__()
        self.max_fender = max_fender_kn
        self.gain = gain

    def construct(self, fender_kn, thrust_cmd):
        forces = fender_kn.asnumpy()
        peak = float(forces.max())
        over = max(peak - self.max_fender, 0.0)
        correction = 1.0 - self.gain * over / self.max_fender
        return thrust_cmd * correction


def make():
    np.random.seed(11)
    fenders = np.random.uniform(100, 520, 5).astype(np.float32)
    thrust = np.random.uniform(-1, 1, 2).astype(np.float32)
    return FenderAwareThrust(), (Tensor(fenders), Tensor(thrust))
