# case: buffing/sanding line, three sanding stations with different grit blurs applied in sequence from a CellList -> loop over a CellList of fixed length, Graph mode fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SandingStation(nn.Cell):
    def __init__(self, grit_kernel, alpha):
        super().__init__()
        self.alpha = alpha
        self.blur = nn.AvgPool1d(kernel_size=grit_kernel, stride=1, pad_mode="same")

    def construct(self, profile):
        blurred = self.blur(profile.reshape(1, 1, -1)).reshape(-1)
        return (1 - self.alpha) * profile + self.alpha * blurred


class SandingLine(nn.Cell):
    def __init__(self, grits=((5, 0.4), (3, 0.3), (3, 0.1))):
        super().__init__()
        self.stations = nn.CellList([SandingStation(k, a) for k, a in grits])

    def construct(self, nap_profile):
        history = []
        p = nap_profile
        for station in self.stations:
            p = station(p)
            history.append(p)
        return ops.stack(history)


def make():
    np.random.seed(3102)
    prof = Tensor(np.random.rand(40).astype(np.float32))
    return SandingLine(), (prof,)
