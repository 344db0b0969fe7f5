# case: crevasse candidate picker keeps a fixed number k of strongest reflectors per trace, k set in the constructor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CandidatePicker(nn.Cell):
    def __init__(self, k=4, sample_spacing_m=0.25):
        super().__init__()
        self.k = k
        self.sample_spacing_m = sample_spacing_m

    def construct(self, amplitude):
        env = ops.abs(amplitude)
        values, idx = ops.topk(env, self.k, dim=-1)
        depth = idx.astype(ms.float32) * self.sample_spacing_m
        strength = values / env.max(axis=-1, keepdims=True)
        return depth, strength


def make():
    np.random.seed(39)
    amp = Tensor(np.random.randn(5, 50).astype(np.float32))
    return CandidatePicker(), (amp,)
