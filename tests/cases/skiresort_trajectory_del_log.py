# case: skier-trajectory smoother frees an intermediate with del and builds an f-string log line from the tensor mean in construct -> del and f-string on tensor in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrajectorySmoother(nn.Cell):
    def __init__(self, kernel=3):
        super().__init__()
        self.kernel = kernel
        self.pool = nn.AvgPool1d(kernel_size=kernel, stride=1)

    def construct(self, track):
        # track: (skiers, 2, time) x/y in metres
        padded = ops.pad(track, (1, 1), mode="replicate")
        smooth = self.pool(padded)
        jitter = ops.abs(track - smooth).mean()
        del padded
        msg = f"mean jitter {jitter} m"
        return smooth, msg


def make():
    np.random.seed(201)
    t = np.cumsum(np.random.randn(3, 2, 40), axis=2).astype(np.float32)
    return TrajectorySmoother(), (Tensor(t),)
