# case: pipe recording loader decides whether the multi-microphone take is channel-first from a layout flag tensor and transposes/reduces with axes derived from it -> permutation and axis from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MicArrayMixer(nn.Cell):
    def __init__(self, n_mics=4):
        super().__init__()
        self.gains = Tensor(np.linspace(1.0, 0.7, n_mics).astype(np.float32))

    def construct(self, take, layout_flag):
        channel_axis = int(layout_flag[0])
        time_axis = 1 - channel_axis
        frames = ops.transpose(take, (time_axis, channel_axis))
        mixed = (frames * self.gains).sum(axis=1)
        return mixed / ops.abs(mixed).max()


def make():
    np.random.seed(342)
    take = np.random.randn(4, 300).astype(np.float32)
    return MicArrayMixer(), (Tensor(take), Tensor(np.array([0], dtype=np.int32)))
