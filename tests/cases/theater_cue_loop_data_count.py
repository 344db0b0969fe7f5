# case: lighting console replays go-button presses, looping range(int(n_go)) times with n_go from the show-control tensor -> loop count from data, expect error or unroll trouble
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CueReplay(nn.Cell):
    def __init__(self, n_channels=16):
        super().__init__()
        self.step = nn.Dense(n_channels, n_channels)

    def construct(self, state, n_go):
        for _ in range(int(n_go)):
            state = ops.sigmoid(self.step(state))
        return state


def make():
    np.random.seed(171)
    state = Tensor(np.random.rand(1, 16).astype(np.float32))
    n_go = Tensor(np.array(5, dtype=np.int32))
    return CueReplay(), (state, n_go)
