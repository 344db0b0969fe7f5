# case: reads x-axis tick positions from a 1-D edge profile and prints an f-string debug line with the tensor tick spacing inside construct -> f-string of a tensor in construct, likely error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TickSpacingReader(nn.Cell):
    def __init__(self, smooth=3, verbose=True):
        super().__init__()
        self.smooth = nn.AvgPool1d(kernel_size=smooth, stride=1, pad_mode="same")
        self.verbose = verbose

    def construct(self, profile):
        # profile: (1, 1, width) column intensity along the axis line
        sm = self.smooth(profile)
        diff = sm[..., 1:] - sm[..., :-1]
        rising = (diff > 0.1).astype(ms.float32)
        spacing = profile.shape[-1] / (rising.sum() + 1.0)
        if self.verbose:
            print(f"estimated tick spacing: {spacing}")
        return spacing, rising


def make():
    np.random.seed(25)
    prof = np.zeros((1, 1, 40), dtype=np.float32)
    prof[..., ::8] = 1.0
    prof += np.random.rand(1, 1, 40).astype(np.float32) * 0.05
    return TickSpacingReader(), (Tensor(prof),)
