# case: fine stereo stage slices its disparity hypotheses to a range bounded by the coarse estimate's maximum -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FineDisparityStage(nn.Cell):
    def __init__(self, num_hyps=12, margin=2):
        super().__init__()
        self.num_hyps = num_hyps
        self.margin = margin

    def hypotheses(self, left, right):
        w = left.shape[-1]
        planes = [ops.sum(left * right, 1)]
        for d in range(1, self.num_hyps):
            shifted = ops.pad(right[..., :w - d], (d, 0))
            planes.append(ops.sum(left * shifted, 1))
        return ops.stack(planes, axis=1)

    def construct(self, left, right, coarse_disp):
        hyps = self.hypotheses(left, right)
        rng = ops.ceil(coarse_disp.max()).astype(ms.int32) + self.margin
        local = hyps[:, :rng]
        prob = ops.softmax(local, axis=1)
        d = ops.arange(local.shape[1], dtype=ms.float32).reshape(1, -1, 1, 1)
        return (prob * d).sum(axis=1)


def make():
    np.random.seed(6)
    left = Tensor(np.random.randn(1, 3, 5, 16).astype(np.float32))
    right = Tensor(np.random.randn(1, 3, 5, 16).astype(np.float32))
    coarse = Tensor((np.random.rand(1, 5, 16) * 6).astype(np.float32))
    return FineDisparityStage(), (left, right, coarse)
