# case: picks the k most active latent dimensions for temperature-scaled resampling where k is a tensor count of dims above a threshold passed to ops.topk -> data-dependent k in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActiveDimResampler(nn.Cell):
    def __init__(self, threshold=0.5, temperature=0.8):
        super().__init__()
        self.threshold = threshold
        self.temperature = temperature

    def construct(self, z):
        activity = z.var(axis=0)
        k = (activity > self.threshold).sum()
        _, idx = ops.topk(activity, k)
        noise = ops.standard_normal((z.shape[0], z.shape[1])) * self.temperature
        picked = ops.gather(noise, idx, 1)
        return picked, idx


def make():
    np.random.seed(22)
    z = Tensor((np.random.randn(16, 6) * np.array([2.0, 0.1, 1.5, 0.2, 1.0, 0.05])).astype(np.float32))
    return ActiveDimResampler(), (z,)
