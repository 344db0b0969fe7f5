# case: uniformly samples a fixed number of frames with indices computed by NumPy in __init__ from the configured clip length -> constant gather indices, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplingConfig:
    def __init__(self, clip_len=24, num_samples=8):
        self.clip_len = clip_len
        self.num_samples = num_samples


class UniformSampler(nn.Cell):
    def __init__(self, cfg=SamplingConfig()):
        super().__init__()
        idx = np.linspace(0, cfg.clip_len - 1, cfg.num_samples).round().astype(np.int32)
        self.idx = Tensor(idx)

    def construct(self, clip):
        # clip: (clip_len, J, 3)
        return ops.gather(clip, self.idx, 0)


def make():
    np.random.seed(32)
    clip = Tensor(np.random.randn(24, 21, 3).astype(np.float32))
    return UniformSampler(), (clip,)
