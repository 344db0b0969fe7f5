# case: stereo network pads inputs to a multiple of 8 and crops the disparity back with original sizes passed as a tensor -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedStereoNet(nn.Cell):
    def __init__(self, channels=3, max_disp=4):
        super().__init__()
        self.max_disp = max_disp
        self.feat = nn.Conv2d(channels, 4, 3, pad_mode='same')

    def regress(self, fl, fr):
        w = fl.shape[-1]
        costs = [ops.sum(fl * fr, 1)]
        for d in range(1, self.max_disp):
            costs.append(ops.pad(ops.sum(fl[..., d:] * fr[..., :w - d], 1), (d, 0)))
        prob = ops.softmax(ops.stack(costs, 1), axis=1)
        disp = ops.arange(self.max_disp, dtype=ms.float32).reshape(1, -1, 1, 1)
        return (prob * disp).sum(axis=1, keepdims=True)

    def construct(self, left, right, orig_size):
        disp = self.regress(self.feat(left), self.feat(right))
        h = orig_size[0]
        w = orig_size[1]
        return disp[:, :, :h, :w]


def make():
    np.random.seed(19)
    left = Tensor(np.random.rand(1, 3, 8, 16).astype(np.float32))
    right = Tensor(np.random.rand(1, 3, 8, 16).astype(np.float32))
    size = Tensor(np.array([6, 13], np.int32))
    return PaddedStereoNet(), (left, right, size)
