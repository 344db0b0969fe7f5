# case: gait analyser computes hoof stride lengths for all frames with a shifted difference and a validity mask from a frame count -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedStrides(nn.Cell):
    def __init__(self, hoof_joint=3):
        super().__init__()
        self.hoof_joint = hoof_joint

    def construct(self, keypoints, n_valid):
        hoof = keypoints[:, self.hoof_joint, :]
        step = hoof[1:] - hoof[:-1]
        strides = ops.sqrt((step ** 2).sum(axis=1))
        frame = ops.arange(0, strides.shape[0], dtype=ms.int32)
        mask = (frame < n_valid - 1).astype(ms.float32)
        count = mask.sum() + 1e-6
        mean = (strides * mask).sum() / count
        var = (((strides - mean) ** 2) * mask).sum() / count
        return strides * mask, ops.sqrt(var) / (mean + 1e-6)


def make():
    np.random.seed(31)
    kp = np.cumsum(np.random.uniform(0, 5, (20, 6, 2)), axis=0).astype(np.float32)
    return MaskedStrides(), (Tensor(kp), Tensor(14, ms.int32))
