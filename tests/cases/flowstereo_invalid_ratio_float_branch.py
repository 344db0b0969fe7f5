# case: depth head falls back to a smoothed disparity when float() of the invalid-pixel ratio exceeds a limit -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustDepthHead(nn.Cell):
    def __init__(self, focal=40.0, baseline=0.2, max_invalid=0.3):
        super().__init__()
        self.fb = focal * baseline
        self.max_invalid = max_invalid
        self.smooth = nn.AvgPool2d(3, 1, pad_mode='same')

    def to_depth(self, disp, valid):
        depth = self.fb / ops.maximum(disp, 1e-3)
        return ops.where(valid, depth, ops.zeros_like(depth))

    def construct(self, disp):
        valid = disp > 0.1
        invalid_ratio = 1.0 - valid.astype(ms.float32).mean()
        if float(invalid_ratio) > self.max_invalid:
            disp = self.smooth(disp)
            valid = disp > 0.1
        return self.to_depth(disp, valid)


def make():
    np.random.seed(18)
    d = np.random.rand(1, 1, 8, 8).astype(np.float32) * 5
    d[:, :, :4] = 0.0
    return RobustDepthHead(), (Tensor(d),)
