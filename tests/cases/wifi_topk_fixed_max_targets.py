# case: pick a fixed maximum number of targets with topk (k from the constructor) and mask weak ones -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaxTargetPicker(nn.Cell):
    def __init__(self, max_targets=4, min_power=1.5):
        super().__init__()
        self.max_targets = max_targets
        self.min_power = min_power

    def construct(self, rd_map):
        n_dop = rd_map.shape[-1]
        flat = rd_map.reshape(rd_map.shape[0], -1)
        values, indices = ops.topk(flat, self.max_targets)
        valid = (values > self.min_power).astype(ms.float32)
        rng_bin = (indices // n_dop).astype(ms.float32)
        dop_bin = (indices % n_dop).astype(ms.float32)
        targets = ops.stack([rng_bin, dop_bin, values], axis=-1) * valid.expand_dims(-1)
        return targets, valid.sum(axis=-1)


def make():
    np.random.seed(5)
    rd = np.abs(np.random.randn(2, 8, 8)).astype(np.float32)
    return MaxTargetPicker(), (Tensor(rd),)
