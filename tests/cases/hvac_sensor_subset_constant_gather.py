# case: picks the supply, return and mixed-air channels with a constant index tensor built in __init__ and ops.gather -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CHANNELS = {"supply": 0, "return": 2, "mixed": 5}


class AHUChannelPicker(nn.Cell):
    def __init__(self, names=("supply", "return", "mixed")):
        super().__init__()
        self.idx = Tensor(np.array([CHANNELS[n] for n in names], np.int32))
        self.n = len(names)

    def construct(self, bms_frame):
        picked = ops.gather(bms_frame, self.idx, 1)
        delta_t = picked[:, 1] - picked[:, 0]
        mix_ratio = (picked[:, 2] - picked[:, 0]) / (delta_t + 1e-3)
        return picked, mix_ratio


def make():
    np.random.seed(29)
    net = AHUChannelPicker()
    frame = Tensor((15.0 + 10.0 * np.random.rand(7, 8)).astype(np.float32))
    return net, (frame,)
