# case: shade deviation scorer that falls back to the batch mean colour when no reference Lab is given, tested with `is None` -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShadeDeviationScorer(nn.Cell):
    def __init__(self, weights=(1.0, 1.0, 1.0)):
        super().__init__()
        self.w = Tensor(np.array(weights, dtype=np.float32))

    def construct(self, lab, ref=None):
        if ref is None:
            ref = lab.mean(axis=0, keep_dims=True)
        diff = (lab - ref) * self.w
        return ops.sqrt((diff * diff).sum(axis=1))


def make():
    np.random.seed(36)
    lab = Tensor((np.array([50.0, 10.0, -5.0]) + np.random.randn(9, 3)).astype(np.float32))
    return ShadeDeviationScorer(weights=(1.0, 0.8, 0.8)), (lab, None)
