# case: training-time frame sampler keeps a jit_class state object whose counter and last offset are mutated in construct -> jit_class attribute mutation in construct, may be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SamplerState:
    def __init__(self):
        self.num_calls = 0
        self.offset = 0


class SamplerConfig:
    num_frames = 4
    stride = 2
    cycle = 3


class CyclicClipSampler(nn.Cell):
    def __init__(self, config=SamplerConfig):
        super().__init__()
        self.num_frames = config.num_frames
        self.stride = config.stride
        self.cycle = config.cycle
        self.state = SamplerState()

    def _next_offset(self):
        self.state.num_calls = self.state.num_calls + 1
        self.state.offset = self.state.num_calls % self.cycle
        return self.state.offset

    def construct(self, video):
        start = self._next_offset()
        stop = start + self.num_frames * self.stride
        return video[:, :, start:stop:self.stride]


def make():
    np.random.seed(123)
    video = Tensor(np.random.rand(1, 3, 16, 8, 8).astype(np.float32))
    return CyclicClipSampler(), (video,)
