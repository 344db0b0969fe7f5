# case: quantized dense layer whose behaviour (calibrate / train / infer) is a string mode set in __init__ and compared in construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

CALIBRATE, TRAIN, INFER = "calibrate", "train", "infer"


class ModalQuantDense(nn.Cell):
    def __init__(self, in_features=6, out_features=3, mode=CALIBRATE, num_bits=8):
        super().__init__()
        self.dense = nn.Dense(in_features, out_features)
        self.mode = mode
        self.qmax = 2 ** (num_bits - 1) - 1
        self.act_absmax = Parameter(Tensor(1e-5, ms.float32), name="act_absmax", requires_grad=False)

    def _fq(self, x, scale):
        return ops.clamp(ops.round(x / scale), -self.qmax, self.qmax) * scale

    def construct(self, x):
        if self.mode == CALIBRATE:
            ops.assign(self.act_absmax, ops.maximum(self.act_absmax, ops.abs(x).max()))
            return self.dense(x)
        scale = self.act_absmax / self.qmax
        if self.mode == TRAIN:
            xq = x + ops.stop_gradient(self._fq(x, scale) - x)
        else:
            xq = self._fq(x, scale)
        return self.dense(xq)


def make():
    np.random.seed(108)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    return ModalQuantDense(mode=CALIBRATE), (x,)
